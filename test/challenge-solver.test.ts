// The choice of challenge per authorization, and that whatever was published is removed when a later
// step fails. The solvers here are stand-ins that record calls; the real ones are tested against
// real hosts (webroot-solver.test.ts) and real DNS (dns01-solver.test.ts), and together end to end.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChallengeRequest, Dns01Solver } from '../src/acme/order.js';
import type { ChallengeMode } from '../src/challenge/challenge-config.js';
import { chooseChallenges } from '../src/challenge/challenge-solver.js';
import type { Http01Solver } from '../src/challenge/webroot-solver.js';
import { memoryLog } from './support/memory-log.js';

const APEX: ChallengeRequest = {
  domain: 'example.com',
  wildcard: false,
  dns01: { value: 'apex-txt' },
  http01: { token: 'apex-token', keyAuthorization: 'apex-token.thumb' },
};
const WILDCARD: ChallengeRequest = { domain: 'example.com', wildcard: true, dns01: { value: 'wild-txt' } };

function stubs(options: { httpProblem?: string; dnsFails?: boolean } = {}) {
  const calls: string[] = [];
  const http: Http01Solver = async (challenges) => {
    calls.push(`http present ${challenges.map((challenge) => challenge.domain).join(',')}`);
    const problems = new Map(options.httpProblem ? challenges.map((challenge) => [challenge.domain, [options.httpProblem!]]) : []);
    return { problems, cleanUp: async () => void calls.push('http cleanUp') };
  };
  const dns: Dns01Solver = async (challenges) => {
    calls.push(`dns present ${challenges.map((challenge) => challenge.value).join(',')}`);
    if (options.dnsFails) throw new Error('TXT record never became visible');
    return { cleanUp: async () => void calls.push('dns cleanUp') };
  };
  return { calls, http, dns };
}

const solve = (mode: ChallengeMode, solvers: { http?: Http01Solver; dns?: Dns01Solver }, requests = [APEX, WILDCARD]) =>
  chooseChallenges(mode, { ...solvers, log: memoryLog() }).solve(requests);

describe('choosing the challenge per authorization', () => {
  it('answers names by http-01 and wildcards by dns-01, and cleans up both once', async () => {
    const { calls, http, dns } = stubs();
    const presented = await solve('http-01', { http, dns });
    assert.deepEqual(presented.types, ['http-01', 'dns-01']);
    await presented.cleanUp();
    await presented.cleanUp();
    assert.deepEqual(calls, ['http present example.com', 'dns present wild-txt', 'dns cleanUp', 'http cleanUp']);
  });

  it('uses dns-01 for everything when told to', async () => {
    const { calls, http, dns } = stubs();
    assert.deepEqual((await solve('dns-01', { http, dns })).types, ['dns-01', 'dns-01']);
    assert.deepEqual(calls, ['dns present apex-txt,wild-txt']);
  });

  it('fails http-01 on a failed self-check, before anything is asked of DNS, and removes the tokens', async () => {
    const { calls, http, dns } = stubs({ httpProblem: 'host a: redirects' });
    await assert.rejects(solve('http-01', { http, dns }), /HTTP-01 self-check failed, so the CA was not asked to validate: host a: redirects/);
    assert.deepEqual(calls, ['http present example.com', 'http cleanUp']);
  });

  it('falls back to dns-01 with auto when DNS is configured, and fails like http-01 when it is not', async () => {
    const { calls, http, dns } = stubs({ httpProblem: 'host a: redirects' });
    const presented = await solve('auto', { http, dns }, [APEX]);
    assert.deepEqual(presented.types, ['dns-01']);
    await presented.cleanUp();
    assert.deepEqual(calls, ['http present example.com', 'dns present apex-txt', 'dns cleanUp', 'http cleanUp']);
    await assert.rejects(solve('auto', { http: stubs({ httpProblem: 'host a: 404' }).http }, [APEX]), /host a: 404/);
  });

  it('removes what is still published on dispose (a stopped run), and only once', async () => {
    const { calls, http, dns } = stubs();
    const solver = chooseChallenges('http-01', { http, dns, log: memoryLog() });
    const presented = await solver.solve([APEX, WILDCARD]);
    await solver.dispose();
    await presented.cleanUp();
    await solver.dispose();
    assert.deepEqual(calls, ['http present example.com', 'dns present wild-txt', 'dns cleanUp', 'http cleanUp']);
  });

  it('removes the tokens already written when publishing the TXT records fails', async () => {
    const { calls, http, dns } = stubs({ dnsFails: true });
    await assert.rejects(solve('http-01', { http, dns }), /never became visible/);
    assert.deepEqual(calls, ['http present example.com', 'dns present wild-txt', 'http cleanUp']);
  });
});
