// A run that is cancelled, killed or out of time: no TXT record stays behind, the state folder is
// whole, the step fails and says what it was waiting for, and it ends within the runner's 5 s.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startAliDnsServer, type AliDnsServer } from '../doubles/alidns-server.js';
import { waitFor } from '../support/ports.js';
import { interrupt, runPostStep, startAction, type RunOptions } from '../support/run-action.js';
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET, ZONES, startCoreFixture, type CoreFixture } from './core-fixture.js';

let fx: CoreFixture;
before(async () => {
  fx = await startCoreFixture();
});
after(async () => {
  await fx?.stop();
});

/** An AliDNS double whose records reach DNS only after a long time, so the run sits in its propagation wait. */
function slowDns(): Promise<AliDnsServer> {
  return startAliDnsServer({
    accessKeys: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET },
    zones: ZONES,
    challtestsrv: { managementUrl: fx.pebble.challtestsrv.managementUrl },
    propagationDelayMs: 300_000,
  });
}

const txt = (dns: AliDnsServer) => dns.records().filter((record) => record.Type === 'TXT');

/** Every file of the state folder with its content: a stopped run must leave it whole. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

function options(dns: AliDnsServer, state: string, extra: Record<string, string> = {}): RunOptions {
  return {
    inputs: fx.inputs(state, { 'alidns-endpoint': dns.endpoint, 'dns-propagation-timeout': '600', ...extra }),
    env: fx.credentials,
    timeoutMs: 60_000,
  };
}

describe('stopping a run', () => {
  it('SIGINT during the propagation wait removes the TXT records, keeps the state, and fails within 5 s', async () => {
    const dns = await slowDns();
    try {
      const state = fx.newStatePath();
      const running = startAction(options(dns, state));
      await waitFor(() => /Waiting for .* TXT value/.test(running.log()), { timeoutMs: 60_000, what: 'the propagation wait' });
      assert.equal(txt(dns).length, 2);
      const files = snapshot(state);
      const { run, tookMs } = await interrupt(running);

      assert.notEqual(run.exitCode, 0);
      assert.ok(tookMs < 5000, `exited ${tookMs} ms after SIGINT`);
      assert.deepEqual(txt(dns), [], 'no TXT record left');
      assert.match(run.log, /cancelled \(SIGINT\) while waiting for .*the TXT records of _acme-challenge\.example\.com/);
      assert.match(run.summary, /Run failed[\s\S]*cancelled \(SIGINT\)/);
      assert.deepEqual(snapshot(state), files, 'the state folder is as it was');
      assert.ok(existsSync(join(fx.accountDir(state), 'account.json')), 'the account registered before the stop is kept');
    } finally {
      await dns.stop();
    }
  });

  it('stops at the timeout input, names the wait, and cleans up', async () => {
    const dns = await slowDns();
    try {
      const state = fx.newStatePath();
      const started = Date.now();
      const run = await startAction(options(dns, state, { timeout: '0.15' })).done;
      const took = Date.now() - started;
      assert.notEqual(run.exitCode, 0);
      assert.ok(took < 9000 + 5000, `took ${took} ms for a 9 s timeout`);
      assert.match(run.log, /did not finish within 0\.15 min \(input timeout\); it was waiting for .*the TXT records of _acme-challenge\.example\.com/);
      assert.deepEqual(txt(dns), []);
      assert.match(run.summary, /Run failed[\s\S]*input timeout/);
      assert.ok(existsSync(join(fx.accountDir(state), 'account.json')));
    } finally {
      await dns.stop();
    }
  });

  it('after SIGKILL, the post step removes what the main step left, found by id or by value', async () => {
    const dns = await slowDns();
    // One add takes effect but is answered late: the killed step never learns its record id.
    dns.answerLate('AddDomainRecord', 300_000);
    try {
      const state = fx.newStatePath();
      const run = options(dns, state);
      const running = startAction(run);
      await waitFor(
        () => txt(dns).length === 2 && /Added TXT/.test(running.log()),
        { timeoutMs: 60_000, what: 'both adds to take effect and one to be answered' },
      );
      const ledger = JSON.parse(running.state()['left-behind'])['txt-records'] as Array<{ recordId?: string }>;
      assert.deepEqual(ledger.map((entry) => Boolean(entry.recordId)).sort(), [false, true]);
      running.kill('SIGKILL');
      const killed = await running.done;
      assert.equal(txt(dns).length, 2, 'a killed step cleans nothing up itself');

      const post = await runPostStep(run, killed.state);
      assert.equal(post.exitCode, 0, post.log);
      assert.deepEqual(txt(dns), [], 'no TXT record left');
      assert.match(post.log, /left 2 TXT record\(s\)/);
      assert.ok(dns.requests.some((request) => request.Action === 'DescribeSubDomainRecords'), 'the unanswered add was looked up by value');
    } finally {
      await dns.stop();
    }
  });

  it('the post step after a clean run makes no API call', async () => {
    const state = fx.newStatePath();
    const run = { inputs: fx.inputs(state), env: fx.credentials };
    const main = await startAction(run).done;
    assert.equal(main.exitCode, 0, main.log);
    const calls = fx.dns.requests.length;
    const post = await runPostStep(run, main.state);
    assert.equal(post.exitCode, 0, post.log);
    assert.equal(fx.dns.requests.length, calls);
  });
});
