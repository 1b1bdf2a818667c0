// The challenge chosen per authorization: dns-01 for wildcards (nothing else can validate them) and
// when told to; http-01 through the hosts' webroots otherwise; with `auto`, a name whose token no
// host serves falls back to dns-01 when a DNS provider is configured.
import type { ChallengeSolver, ChallengeType, Dns01Solver } from '../acme/order.js';
import type { Config } from '../config/config.js';
import type { SshSessions } from '../deploy/ssh-sessions.js';
import { createDnsSolver, type SolverRun } from '../dns/dns-solver.js';
import type { Log } from '../util/log.js';
import { webrootHosts, type ChallengeMode } from './challenge-config.js';
import type { TokenLedger } from './token-ledger.js';
import { createWebrootSolver, type Http01Solver } from './webroot-solver.js';

/**
 * Solves challenges, and with `dispose`, removes whatever is still published: the hook a stopped
 * run (cancelled, timed out) calls when the order's own clean-up may not get to run.
 */
export interface RunSolver {
  readonly solve: ChallengeSolver;
  dispose(): Promise<void>;
}

/**
 * The run's solver: DNS-01 through the configured provider, HTTP-01 through the hosts' sessions;
 * `tokens` lists the token files written, as `run.ledger` the TXT records added.
 */
export function createChallengeSolver(
  config: Config,
  sessions: SshSessions,
  log: Log,
  { tokens, ...run }: SolverRun & { readonly tokens?: TokenLedger },
): RunSolver {
  const hosts = config.challenge === 'dns-01' ? [] : webrootHosts(config.deploy);
  const { concurrency, timeoutMs } = config.deploy;
  const http = { sessions, concurrency, timeoutMs, log, ...(run.signal ? { signal: run.signal } : {}), ...(tokens ? { ledger: tokens } : {}) };
  return chooseChallenges(config.challenge, {
    ...(config.dns ? { dns: createDnsSolver(config.dns, log, run) } : {}),
    ...(hosts.length > 0 ? { http: createWebrootSolver(hosts, http) } : {}),
    log,
  });
}

export interface Solvers {
  readonly dns?: Dns01Solver;
  readonly http?: Http01Solver;
  readonly log: Log;
}

export function chooseChallenges(mode: ChallengeMode, { dns, http, log }: Solvers): RunSolver {
  const outstanding = new Set<() => Promise<void>>();
  const solve: ChallengeSolver = async (requests) => {
    const types: ChallengeType[] = requests.map((request) =>
      mode !== 'dns-01' && http && !request.wildcard && request.http01 ? 'http-01' : 'dns-01',
    );
    const cleanUps: Array<() => Promise<void>> = [];
    const cleanUpAll = async () => {
      for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
    };
    try {
      const viaHttp = requests.filter((_, index) => types[index] === 'http-01');
      if (viaHttp.length > 0) {
        const placed = await http!(viaHttp.map(({ domain, http01 }) => ({ domain, ...http01! })));
        cleanUps.push(placed.cleanUp);
        const fallBack = mode === 'auto' && dns !== undefined;
        if (placed.problems.size > 0 && !fallBack) {
          throw new Error(
            `HTTP-01 self-check failed, so the CA was not asked to validate: ${[...placed.problems.values()].flat().join(' | ')}`,
          );
        }
        for (const [domain, problems] of placed.problems) {
          log.info(`${domain}: HTTP-01 self-check failed (${problems.join('; ')}); using dns-01 instead.`);
          types[requests.findIndex((request) => request.domain === domain && !request.wildcard)] = 'dns-01';
        }
      }
      const viaDns = requests.filter((_, index) => types[index] === 'dns-01');
      if (viaDns.length > 0) {
        const missing = viaDns.find((request) => !request.dns01);
        if (!dns || missing) {
          const name = (missing ?? viaDns[0]).domain;
          throw new Error(`${name} needs dns-01, ${missing ? 'which the CA does not offer for it' : 'but no DNS provider is configured'}`);
        }
        const presented = await dns(viaDns.map(({ domain, dns01 }) => ({ domain, value: dns01!.value })));
        cleanUps.push(presented.cleanUp);
      }
    } catch (error) {
      await cleanUpAll();
      throw error;
    }
    requests.forEach((request, index) => log.info(`${request.wildcard ? '*.' : ''}${request.domain}: answering ${types[index]}`));
    let cleaned: Promise<void> | undefined;
    const cleanUp = () => (cleaned ??= cleanUpAll().finally(() => outstanding.delete(cleanUp)));
    outstanding.add(cleanUp);
    return { types, cleanUp };
  };
  return { solve, dispose: async () => void (await Promise.allSettled([...outstanding].map((cleanUp) => cleanUp()))) };
}
