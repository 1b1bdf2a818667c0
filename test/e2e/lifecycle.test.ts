// The action's life across scheduled runs: encrypted state in the Actions cache, adoption after the
// cache is lost, a run order that never loses a certificate, dry runs, and what the logs may show.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { rewriteArchivedFile } from '../doubles/cache-service.js';
import { startGitHubApi, type GitHubApi } from '../doubles/github-api.js';
import { startAcmeProxy } from '../support/acme-proxy.js';
import { assertSucceeded, type ActionRun } from '../support/run-action.js';
import { ACCESS_KEY_SECRET } from './core-fixture.js';
import { STATE_PASSPHRASE, startFullFixture, type FullFixture } from './full-fixture.js';

const READ_TOKEN = 'ghs_cacheReaderTokenAbcdefghijklmnop';
let fx: FullFixture;
let api: GitHubApi;
before(async () => {
  fx = await startFullFixture(2);
  api = await startGitHubApi({ repository: 'octo/site', workflows: {}, writeTokens: [], readTokens: [READ_TOKEN], caches: () => fx.cache.entries() });
});
after(async () => {
  await api?.stop();
  await fx?.stop();
});

const dnsCalls = () => fx.core.dns.requests.length;

/** Starts each test from nothing: no cache entry, a new runner. */
function reset(): void {
  fx.cache.evictAll();
  fx.freshRunner();
}

describe('state across runs', () => {
  it('first run issues, deploys and saves; the next run restores it and does nothing', async () => {
    reset();
    const first = await fx.run();
    assertSucceeded(first);
    assert.equal(first.outputs.result, 'issued');
    assert.equal(JSON.parse(first.outputs['deployed-hosts']).length, 2);
    assert.equal(fx.cache.entries().length, 1);
    const serial = first.outputs.serial;
    await fx.network.hosts[0].servesSerial(serial, 'example.com');
    await fx.network.hosts[1].servesSerial(serial, 'example.com');

    fx.freshRunner();
    const calls = dnsCalls();
    const second = await fx.run();
    assertSucceeded(second);
    assert.equal(second.outputs.result, 'unchanged');
    assert.equal(second.outputs.serial, serial);
    assert.deepEqual(JSON.parse(second.outputs['skipped-hosts']).length, 2);
    assert.equal(dnsCalls(), calls, 'no DNS call');
    assert.equal(fx.cache.entries().length, 1, 'nothing new to save');
  });

  it('after the cache is evicted, adopts the certificate the hosts serve instead of ordering', async () => {
    reset();
    const first = await fx.run();
    assertSucceeded(first);
    fx.cache.evictAll();
    fx.freshRunner();
    const calls = dnsCalls();
    const run = await fx.run();
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'adopted');
    assert.equal(run.outputs.serial, first.outputs.serial);
    assert.equal(dnsCalls(), calls, 'nothing ordered');
    assert.match(run.summary, /adopted/i);
    assert.equal(fx.cache.entries().length, 1, 'the adopted state is saved');
  });

  it('adopts a certificate ordered under a profile without renewing it for a profile change', async () => {
    reset();
    const proxy = await startAcmeProxy(fx.core.pebble, { profiles: { classic: '', shortlived: '' } });
    try {
      const inputs = { server: proxy.directoryUrl, profile: 'classic' };
      const first = await fx.run(inputs);
      assertSucceeded(first);
      fx.cache.evictAll();
      fx.freshRunner();
      const orders = proxy.newOrders.length;
      const run = await fx.run(inputs);
      assertSucceeded(run);
      assert.equal(run.outputs.result, 'adopted');
      assert.equal(proxy.newOrders.length, orders, 'nothing ordered');
    } finally {
      await proxy.stop();
    }
  });

  it('a state folder already on the runner (an imported lego folder) is saved on a cache miss', async () => {
    reset();
    const local = await fx.run({ cache: 'false', hosts: '' });
    assertSucceeded(local);
    assert.equal(fx.cache.entries().length, 0);
    const calls = dnsCalls();
    const run = await fx.run({ hosts: '' });
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'unchanged');
    assert.equal(fx.cache.entries().length, 1, 'imported into the cache');
    assert.equal(dnsCalls(), calls);
  });

  it('a wrong passphrase fails the run and leaves the state folder untouched', async () => {
    reset();
    assertSucceeded(await fx.run());
    fx.freshRunner();
    const run = await fx.run({ 'state-passphrase': 'not-the-passphrase' });
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, /wrong state-passphrase or tampered/);
    assert.ok(!existsSync(fx.runner.statePath));
  });

  it('a tampered cache entry is refused', async () => {
    reset();
    assertSucceeded(await fx.run());
    const [entry] = fx.cache.entries();
    fx.cache.tamper(entry.key, (archive) =>
      rewriteArchivedFile(archive, 'state.bin', (data) => {
        const copy = Buffer.from(data);
        copy[copy.length - 20] ^= 0x01;
        return copy;
      }),
    );
    fx.freshRunner();
    const run = await fx.run();
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, /wrong state-passphrase or tampered/);
    assert.ok(!existsSync(fx.runner.statePath));
  });

  it('a corrupted download is refused', async () => {
    reset();
    assertSucceeded(await fx.run());
    fx.freshRunner();
    fx.cache.corruptNextDownload();
    const run = await fx.run();
    assert.notEqual(run.exitCode, 0);
    assert.ok(!existsSync(join(fx.runner.statePath, 'certificates')));
  });

  it('with the cache service down, warns and still runs correctly', async () => {
    reset();
    fx.cache.setDown(true);
    try {
      const run = await fx.run();
      assertSucceeded(run);
      assert.match(run.log, /::warning::/);
      assert.ok(['issued', 'adopted'].includes(run.outputs.result));
    } finally {
      fx.cache.setDown(false);
    }
  });

  it('a failed deployment still saves the new certificate, and the rerun deploys it without ordering', async () => {
    reset();
    // force-renew: whatever the hosts hold from earlier tests, this run orders a new certificate.
    const broken = await fx.run({
      'force-renew': 'true',
      'reload-command': 'echo reload refused >&2; exit 3',
      hosts: fx.network.hosts.map((host) => host.ip).join('\n'),
    });
    assert.notEqual(broken.exitCode, 0);
    assert.ok(['issued', 'renewed'].includes(broken.outputs.result));
    assert.equal(JSON.parse(broken.outputs['failed-hosts']).length, 2);
    assert.match(broken.log, /::error/);
    assert.match(broken.log, /exit(ed)? (code )?3|code 3/);
    assert.equal(fx.cache.entries().length, 1, 'the new certificate is in the cache');

    fx.freshRunner();
    const calls = dnsCalls();
    const rerun = await fx.run();
    assertSucceeded(rerun);
    assert.equal(rerun.outputs.result, 'unchanged');
    assert.equal(rerun.outputs.serial, broken.outputs.serial);
    assert.equal(JSON.parse(rerun.outputs['deployed-hosts']).length, 2);
    assert.equal(dnsCalls(), calls, 'no new order');
    await fx.network.hosts[1].servesSerial(broken.outputs.serial, 'example.com');
  });

  it('dry-run decides and reports, and changes nothing anywhere', async () => {
    reset();
    const hostFiles = await Promise.all(fx.network.hosts.map((host) => host.exec(`ls -la --time-style=full-iso ${host.acmeDir}/example.com`)));
    const calls = dnsCalls();
    const run = await fx.run({ 'dry-run': 'true', 'force-renew': 'true' });
    assertSucceeded(run);
    assert.match(run.summary, /Dry run/);
    assert.equal(dnsCalls(), calls, 'no DNS record');
    assert.deepEqual(fx.core.txtRecords(), []);
    assert.equal(fx.cache.entries().length, 0, 'no cache entry');
    const after = await Promise.all(fx.network.hosts.map((host) => host.exec(`ls -la --time-style=full-iso ${host.acmeDir}/example.com`)));
    assert.deepEqual(after.map((r) => r.stdout), hostFiles.map((r) => r.stdout), 'no host touched');
    assert.match(run.summary, /would renew/);
  });

  it('refuses to cache state without a passphrase, and says how to create one', async () => {
    fx.freshRunner();
    const run = await fx.run({ 'state-passphrase': '' });
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, /Input 'state-passphrase'/);
    assert.match(run.log, /openssl rand/);
  });

  it('no secret appears in the log, the summary or the outputs', async () => {
    reset();
    const runs: ActionRun[] = [await fx.run({ 'force-renew': 'true' })];
    const secrets = [
      STATE_PASSPHRASE,
      ACCESS_KEY_SECRET,
      ...fx.network.clientKey.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----')),
    ];
    const keyFile = join(fx.runner.statePath, 'certificates', 'example.com.key');
    if (existsSync(keyFile)) {
      secrets.push(...readFileSync(keyFile, 'utf8').split('\n').filter((line) => line.length > 20 && !line.startsWith('-----')));
    }
    for (const run of runs) {
      const visible = run.log.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
      for (const secret of secrets) {
        assert.ok(!visible.includes(secret), 'log');
        assert.ok(!run.summary.includes(secret), 'summary');
        assert.ok(!Object.values(run.outputs).some((value) => value.includes(secret)), 'outputs');
      }
    }
  });

  describe('several entries of one state', () => {
    const withToken = (token: string) => ({ GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'octo/site', GITHUB_REF: 'refs/heads/main', token });
    const run = (extra: Record<string, string>, env: ReturnType<typeof withToken> | undefined) =>
      fx.run({ ...extra, ...(env ? { 'github-token': env.token } : {}) }, env ? { ...env, token: undefined } : {});
    const restoredKey = (log: string) => /Restored the state folder \S+ from cache entry (\S+) /.exec(log)?.[1];
    const sealedAt = (key: string) => key.slice(key.lastIndexOf('-') + 1);
    /** The key of the same entry saved by another run, optionally claiming another seal time. */
    const asAnotherRun = (key: string, time = sealedAt(key)) => {
      const parts = key.split('-');
      parts[parts.length - 4] = '9999';
      parts[parts.length - 1] = time;
      return parts.join('-');
    };
    let older: string;
    let newer: string;
    let renewedSerial: string;

    it('the entry sealed last wins with github-token, even when an older one was created after it', async () => {
      reset();
      const first = await fx.run();
      assertSucceeded(first);
      [older] = fx.cache.entries().map((entry) => entry.key);
      assert.match(sealedAt(older), /^\d{8}T\d{9}Z$/);
      fx.freshRunner();
      const renewed = await fx.run({ 'force-renew': 'true' });
      assertSucceeded(renewed);
      renewedSerial = renewed.outputs.serial;
      newer = fx.cache.entries()[1].key;
      assert.ok(sealedAt(newer) > sealedAt(older));
      // The first run's state arrives late, as from a save that finished after the renewal's.
      fx.cache.copy(older, asAnotherRun(older));
      fx.freshRunner();
      api.requests.length = 0;
      const third = await run({}, withToken(READ_TOKEN));
      assertSucceeded(third);
      assert.equal(restoredKey(third.log), newer);
      assert.equal(third.outputs.result, 'unchanged');
      assert.equal(third.outputs.serial, renewedSerial);
      const listing = api.requests.find((request) => request.path.includes('/actions/caches'));
      assert.ok(listing, 'the cache entries were listed');
      assert.match(listing.path, /^\/repos\/octo\/site\/actions\/caches\?key=acme-deploy-[0-9a-f]{16}-&per_page=100&ref=refs%2Fheads%2Fmain&page=1$/);
      assert.equal(listing.authorization, `Bearer ${READ_TOKEN}`);
    });

    it('without github-token the entry created last is restored, as the log says', async () => {
      assert.ok(older, 'needs the entries of the test before');
      fx.freshRunner();
      const run4 = await run({ 'dry-run': 'true' }, undefined);
      assertSucceeded(run4);
      assert.equal(restoredKey(run4.log), asAnotherRun(older));
      assert.match(run4.log, /No github-token: restoring the entry created last under acme-deploy-[0-9a-f]{16}-\*.*actions: read/);
    });

    it('a token that cannot list the entries is a warning naming github-token and actions: read', async () => {
      assert.ok(older, 'needs the entries of the test before');
      fx.freshRunner();
      const run5 = await run({ 'dry-run': 'true' }, withToken('ghs_notAValidTokenAbcdefghijklmnopqrst'));
      assertSucceeded(run5);
      assert.equal(restoredKey(run5.log), asAnotherRun(older));
      assert.match(run5.stdout, /::warning::Could not list the cache entries under .*HTTP 401.*Bad credentials.*github-token.*actions: read/);
    });

    it('an entry whose key names another seal time than the one it was sealed at is refused, by its key', async () => {
      assert.ok(newer, 'needs the entries of the test before');
      const forged = asAnotherRun(newer, '29991231T000000000Z');
      fx.cache.copy(newer, forged);
      fx.freshRunner();
      const run6 = await run({}, withToken(READ_TOKEN));
      assert.notEqual(run6.exitCode, 0);
      assert.match(run6.log, new RegExp(`cache entry ${forged} names the seal time 2999-12-31T00:00:00.000Z but was sealed at .*refused.*gh cache delete ${forged}`));
      assert.ok(!existsSync(fx.runner.statePath));
    });
  });
});
