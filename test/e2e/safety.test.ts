// Paths that could leave a host serving the wrong certificate, keep a private key readable, or block
// every scheduled run: CSR mode, key backups, the TLS check's name, and the cached state's
// binding, rotation and recovery. Run through dist/ against pebble, real sshd + nginx hosts and the
// cache service double.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stringify } from 'yaml';
import { rewriteArchivedFile } from '../doubles/cache-service.js';
import { assertSucceeded } from '../support/run-action.js';
import type { TestHost } from '../support/ssh-host.js';
import { STATE_PASSPHRASE, startFullFixture, type FullFixture } from './full-fixture.js';

let fx: FullFixture;
let scratch: string;
before(async () => {
  fx = await startFullFixture(1);
  scratch = mkdtempSync(join(tmpdir(), 'safety-e2e-'));
});
after(async () => {
  await fx?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const dnsCalls = () => fx.core.dns.requests.length;
const host = (): TestHost => fx.network.hosts[0];

function reset(): void {
  fx.cache.evictAll();
  fx.freshRunner();
}

/** The hosts input without reload commands, plus any per-host keys. */
function hostsYaml(extra: Record<string, string> = {}, withReload = false): string {
  return stringify(
    fx.network.hosts.map((target) => ({
      host: target.ip,
      port: target.port,
      user: target.user,
      'verify-port': target.tlsPort,
      ...(withReload && target.reloadCommand ? { 'reload-command': target.reloadCommand } : {}),
      ...extra,
    })),
  );
}

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { stdio: 'ignore', cwd: scratch });
}

/** A self-signed placeholder on the host, as a stale or unrelated site would have. */
async function placeholder(target: TestHost, dir: string, name: string): Promise<void> {
  const id = `placeholder-${Math.random().toString(36).slice(2)}`;
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '5',
    '-subj', `/CN=${name}`, '-addext', `subjectAltName=DNS:${name}`, '-keyout', `${id}.key`, '-out', `${id}.pem`);
  await target.writeFile(`${dir}/fullchain.pem`, readFileSync(join(scratch, `${id}.pem`)), 0o644);
  await target.writeFile(`${dir}/privkey.pem`, readFileSync(join(scratch, `${id}.key`)), 0o600);
}

/**
 * Rewrites the host's nginx: its default server presents an unrelated certificate, and one site
 * (`serverName`) presents the files the action deploys under `certName`. Returns the undo.
 */
async function nginxSites(target: TestHost, serverName: string, certName: string): Promise<() => Promise<void>> {
  const confPath = target.nginxConfPath!;
  const original = readFileSync(confPath, 'utf8');
  await placeholder(target, `${target.acmeDir}/default-site`, 'default.invalid');
  if (!(await target.exists(`${target.acmeDir}/${certName}/fullchain.pem`))) {
    await placeholder(target, `${target.acmeDir}/${certName}`, serverName.replace('*', 'placeholder'));
  }
  const block = /  server \{[\s\S]*?\n  \}\n/.exec(original)![0];
  const site = (name: string, dir: string) =>
    block
      .replace('server_name _;', `server_name ${name};`)
      .replace(target.certPath, `${dir}/fullchain.pem`)
      .replace(target.keyPath, `${dir}/privkey.pem`);
  writeFileSync(confPath, original.replace(block, site('_', `${target.acmeDir}/default-site`) + site(serverName, `${target.acmeDir}/${certName}`)));
  await target.nginxReload();
  return async () => {
    writeFileSync(confPath, original);
    await target.nginxReload();
  };
}

describe('CSR mode', () => {
  it('a CSR for a new key renews at once, drops the stored key, deploys no key and leaves the remote key file alone', async () => {
    reset();
    const inputs = { cache: 'false', hosts: hostsYaml() };
    assertSucceeded(await fx.run(inputs));
    const keyFile = join(fx.runner.statePath, 'certificates', 'example.com.key');
    assert.ok(existsSync(keyFile), 'a generated key first');
    const remoteKey = await host().readFile(host().keyPath);
    const remoteKeyStat = await host().exec(`stat -c %Y.%i ${host().keyPath}`);

    const dir = join(scratch, 'csr');
    mkdirSync(dir, { recursive: true });
    openssl('req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
      '-keyout', join(dir, 'csr.key'), '-out', join(dir, 'request.pem'),
      '-subj', '/CN=example.com', '-addext', 'subjectAltName=DNS:example.com,DNS:*.example.com');
    const csrInputs = { ...inputs, domains: '', csr: join(dir, 'request.pem') };
    const calls = dnsCalls();
    const run = await fx.run(csrInputs);
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'renewed');
    assert.match(run.log, /CSR's public key differs from the stored certificate's/);
    assert.ok(dnsCalls() > calls, 'ordered');
    assert.equal(run.outputs['key-path'], '');
    assert.ok(!existsSync(keyFile), 'the stale key is gone from the state folder');

    const csrKey = createPublicKey(readFileSync(join(dir, 'csr.key'))).export({ type: 'spki', format: 'pem' });
    const deployed = new X509Certificate(await host().readFile(host().certPath));
    assert.equal(deployed.publicKey.export({ type: 'spki', format: 'pem' }), csrKey, 'the CSR certificate is deployed');
    assert.deepEqual(await host().readFile(host().keyPath), remoteKey, 'remote-key-path untouched');
    assert.equal((await host().exec(`stat -c %Y.%i ${host().keyPath}`)).stdout, remoteKeyStat.stdout);

    const again = await fx.run(csrInputs);
    assertSucceeded(again);
    assert.equal(again.outputs.result, 'unchanged', 'the certificate for the CSR key is usable');
    assert.equal(again.outputs['key-path'], '');
  });
});

describe('remote key backups', () => {
  it('the backup of a world-readable key is 0600 and belongs to the new key’s owner', async () => {
    reset();
    const target = host();
    await target.exec(`chmod 0644 ${target.keyPath} && chown 1234:1234 ${target.keyPath}`);
    const run = await fx.run({ cache: 'false', 'force-renew': 'true' });
    assertSucceeded(run);
    assert.equal(JSON.parse(run.outputs['deployed-hosts']).length, 1);
    const key = await target.stat(target.keyPath);
    const backup = await target.stat(`${target.keyPath}.acme-deploy.bak`);
    assert.equal(key.mode, 0o600);
    assert.equal(backup.mode, 0o600, `backup mode 0${backup.mode.toString(8)}`);
    assert.equal(backup.uid, key.uid);
    assert.equal(backup.gid, key.gid);
    const cert = await target.stat(`${target.certPath}.acme-deploy.bak`);
    assert.ok((cert.mode & 0o022) === 0, 'no backup is writable by others');
  });
});

describe('the TLS check’s name', () => {
  it('a wildcard-only certificate is checked under a name the wildcard covers, on nginx whose default server has another certificate', async () => {
    reset();
    const undo = await nginxSites(host(), '*.example.com', '_.example.com');
    try {
      const run = await fx.run({ cache: 'false', domains: '*.example.com', hosts: hostsYaml({}, true) });
      assertSucceeded(run);
      assert.equal(JSON.parse(run.outputs['deployed-hosts']).length, 1);
      await host().servesSerial(run.outputs.serial, 'www.example.com');
    } finally {
      await undo();
    }
  });

  it('a per-host verify-name checks a site that serves only some of the names', async () => {
    reset();
    const undo = await nginxSites(host(), 'shop.example.com', 'example.com');
    try {
      const run = await fx.run({ cache: 'false', 'force-renew': 'true', hosts: hostsYaml({ 'verify-name': 'shop.example.com' }, true) });
      assertSucceeded(run);
      assert.equal(JSON.parse(run.outputs['deployed-hosts']).length, 1);
      await host().servesSerial(run.outputs.serial, 'shop.example.com');
    } finally {
      await undo();
    }
  });

  it('a verify-name the certificate does not cover is refused before any network call', async () => {
    reset();
    const calls = dnsCalls();
    const run = await fx.run({ 'verify-name': 'shop.other.org' });
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, /Input 'verify-name': 'shop\.other\.org' is not covered by the certificate/);
    assert.equal(dnsCalls(), calls);
    assert.equal(fx.cache.entries().length, 0);
  });
});

describe('cached state', () => {
  it('rotates the passphrase: an older line opens, the same run seals again with the first', async () => {
    reset();
    assertSucceeded(await fx.run({ 'state-passphrase': 'old-passphrase-4Jk8' }));
    assert.equal(fx.cache.entries().length, 1);
    fx.freshRunner();
    const rotated = await fx.run({ 'state-passphrase': `${STATE_PASSPHRASE}\nold-passphrase-4Jk8` });
    assertSucceeded(rotated);
    assert.equal(rotated.outputs.result, 'unchanged');
    assert.match(rotated.log, /older line of state-passphrase/);
    assert.equal(fx.cache.entries().length, 2, 'sealed again although nothing changed');
    fx.freshRunner();
    const calls = dnsCalls();
    const dropped = await fx.run({ 'state-passphrase': STATE_PASSPHRASE });
    assertSucceeded(dropped);
    assert.equal(dropped.outputs.result, 'unchanged');
    assert.equal(dnsCalls(), calls);
  });

  it('an entry that cannot be decrypted fails with the entry’s key and every way out, in the log and the summary', async () => {
    reset();
    assertSucceeded(await fx.run());
    const [entry] = fx.cache.entries();
    fx.freshRunner();
    const run = await fx.run({ 'state-passphrase': 'not-the-passphrase' });
    assert.notEqual(run.exitCode, 0);
    for (const text of [run.log, run.summary]) {
      assert.ok(text.includes(`gh cache delete ${entry.key}`), text);
      assert.match(text, /new cache-key/);
      assert.match(text, /state-passphrase takes several lines/);
    }
  });

  it('two steps whose first names match keep their own state', async () => {
    reset();
    const both = await fx.run({ hosts: '' });
    assertSucceeded(both);
    fx.freshRunner();
    assertSucceeded(await fx.run({ hosts: '', domains: 'example.com' }));
    fx.freshRunner();
    const calls = dnsCalls();
    const again = await fx.run({ hosts: '' });
    assertSucceeded(again);
    assert.equal(again.outputs.result, 'unchanged');
    assert.equal(again.outputs.serial, both.outputs.serial);
    assert.equal(dnsCalls(), calls);
  });

  it('an entry saved with other runner paths (temp, home, workspace) is still found', async () => {
    reset();
    const paths = (name: string) => {
      const root = join(scratch, name);
      for (const dir of ['temp', 'home', 'work/repo/repo']) mkdirSync(join(root, dir), { recursive: true });
      return { RUNNER_TEMP: join(root, 'temp'), HOME: join(root, 'home'), GITHUB_WORKSPACE: join(root, 'work/repo/repo') };
    };
    assertSucceeded(await fx.run({ hosts: '' }, paths('hosted')));
    fx.freshRunner();
    const calls = dnsCalls();
    const moved = await fx.run({ hosts: '' }, paths('container/__w'));
    assertSucceeded(moved);
    assert.match(moved.log, /Restored the state folder/);
    assert.equal(moved.outputs.result, 'unchanged');
    assert.equal(dnsCalls(), calls);
  });

  it('an entry sealed for another scope is refused even under this scope’s key', async () => {
    reset();
    assertSucceeded(await fx.run({ hosts: '', domains: 'example.com' }));
    const [other] = fx.cache.entries();
    fx.freshRunner();
    assertSucceeded(await fx.run({ hosts: '' }));
    const mine = fx.cache.entries().find((entry) => entry.key !== other.key)!;
    let foreign: Buffer | undefined;
    fx.cache.tamper(other.key, (archive) => rewriteArchivedFile(archive, 'state.bin', (data) => (foreign = data)));
    fx.cache.tamper(mine.key, (archive) => rewriteArchivedFile(archive, 'state.bin', () => foreign!));
    fx.freshRunner();
    const run = await fx.run({ hosts: '' });
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, /belongs to another certificate or CA/);
    assert.ok(!existsSync(join(fx.runner.statePath, 'certificates')));
  });
});
