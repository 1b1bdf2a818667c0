// Hosts as they are in the field rather than as a fresh test host: a login that prints before the
// command runs, reload commands that read their input or hang, a deploy user the kernel forbids to
// hard-link root's files, files a killed run left behind, and certificates reached through links.
import assert from 'node:assert/strict';
import { randomBytes, X509Certificate } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { deployCertificate, type CertificateBundle } from '../src/deploy/deploy.js';
import { deployConfigFor, startTestCa, type TestCa } from './support/deploy-fixtures.js';
import { memoryLog } from './support/memory-log.js';
import { waitFor } from './support/ports.js';
import { ensureSystemUser, startSshHosts, type TestHost, type TestNetwork } from './support/ssh-host.js';

const DOMAINS = ['example.com', 'www.example.com'];
const DEPLOY_USER = 'acmedeploy';

describe('deploying to hosts as they are in the field', () => {
  let network: TestNetwork;
  let ca: TestCa;
  const log = memoryLog();
  let serial = 0;
  const issue = (): CertificateBundle => ca.issue(DOMAINS, `hardening ${++serial}`);
  const deployTo = async (host: TestHost, bundle: CertificateBundle, settings: { reloadCommand?: string; inputs?: Record<string, string> } = {}) =>
    deployCertificate(
      bundle,
      await deployConfigFor(network, {
        hosts: [host],
        perHost: () => ('reloadCommand' in settings ? { reloadCommand: settings.reloadCommand } : {}),
        inputs: settings.inputs,
      }),
      { dryRun: false, log },
    );
  const servedFingerprint = async (host: TestHost) => new X509Certificate(await host.servedCertificatePem()).fingerprint256;
  const assertServes = (host: TestHost, pem: string) =>
    waitFor(async () => (await servedFingerprint(host)) === new X509Certificate(pem).fingerprint256, {
      timeoutMs: 10_000,
      what: `${host.name} to serve the new certificate`,
    });

  before(async () => {
    // Each host has its own /root, so a ~/.ssh/rc written for one test touches no other host.
    network = await startSshHosts(5, { privateDirs: ['/etc/ssl/acme', '/root'] });
    if (network.isolation !== 'namespaces') throw new Error('these tests need network namespaces (root)');
    ca = startTestCa();
  });
  after(async () => {
    ca?.stop();
    await network?.stop();
  });

  it('kills a timed-out reload even when the login prints before the command starts', async () => {
    const host = network.hosts[0];
    await host.writeFile('/root/.ssh/rc', 'echo "Welcome to the test host"\necho 4242\n', 0o644);
    const token = `hung-reload-${randomBytes(4).toString('hex')}`;
    const [result] = await deployTo(host, issue(), { reloadCommand: `sleep 300; : ${token}`, inputs: { 'ssh-timeout': '2' } });
    assert.equal(result.status, 'failed');
    assert.match(result.reason ?? '', /did not finish within 2 s \(ssh-timeout\); it was killed/);
    // `[h]` keeps the pattern from matching the shell that runs pgrep.
    await waitFor(async () => (await host.exec(`pgrep -f '[h]${token.slice(1)}'`)).code === 1, {
      timeoutMs: 5_000,
      what: 'the timed-out reload command to be gone',
    });
  });

  it('gives a reload command that reads its input an end of file at once', async () => {
    const host = network.hosts[1];
    const bundle = issue();
    const started = Date.now();
    const [result] = await deployTo(host, bundle, { reloadCommand: `cat >/dev/null && ${host.reloadCommand}`, inputs: { 'ssh-timeout': '20' } });
    assert.equal(result.status, 'deployed', result.reason);
    assert.ok(Date.now() - started < 15_000, `the deployment took ${Date.now() - started} ms`);
    await assertServes(host, bundle.fullchainPem);
  });

  it('keeps the backup by renaming when a non-root user may not hard-link the old root-owned file', async () => {
    const host = network.hosts[2];
    const { uid } = await ensureSystemUser(DEPLOY_USER);
    const dir = `${host.acmeDir}/${host.certName}`;
    // The folder is the deploy user's, the files in it still root's, as after a first deploy done as root.
    const prepared = await host.exec(`chown ${DEPLOY_USER} '${dir}' && chmod 0644 '${dir}/privkey.pem' && cat /proc/sys/fs/protected_hardlinks`);
    assert.equal(prepared.code, 0, prepared.stderr);
    assert.equal(prepared.stdout.trim(), '1', 'the kernel must refuse such hard links for this test to mean anything');
    const oldCert = await host.readFile(host.certPath);
    const bundle = issue();
    const [result] = await deployTo(host, bundle, { reloadCommand: undefined, inputs: { 'ssh-user': DEPLOY_USER } });
    assert.equal(result.status, 'deployed', result.reason);
    assert.equal((await host.readFile(host.certPath)).toString(), bundle.fullchainPem);
    assert.equal((await host.stat(host.certPath)).uid, uid);
    assert.deepEqual(await host.readFile(`${host.certPath}.acme-deploy.bak`), oldCert);
  });

  it("removes a killed run's temporary files and backups, and puts back a file it had moved aside", async () => {
    const host = network.hosts[3];
    const dir = `${host.acmeDir}/${host.certName}`;
    const oldKey = await host.readFile(host.keyPath);
    const leftovers = [`.fullchain.pem.acme-deploy-0123456789ab.tmp`, `.privkey.pem.acme-deploy-0123456789ab.tmp`, 'fullchain.pem.acme-deploy-0123456789ab.old'];
    for (const name of leftovers) await host.writeFile(`${dir}/${name}`, 'half-written\n', 0o600);
    // Killed between moving the old key aside and putting the new one in place.
    const moved = await host.exec(`mv '${host.keyPath}' '${host.keyPath}.acme-deploy-ba9876543210.old'`);
    assert.equal(moved.code, 0, moved.stderr);
    await host.writeFile(`${dir}/notes.tmp`, 'the admin\'s own file\n');
    // A reload that fails: the rollback must find the previous key, not nothing.
    const [result] = await deployTo(host, issue(), { reloadCommand: 'false' });
    assert.equal(result.status, 'failed');
    assert.match(result.reason ?? '', /previous files restored/);
    assert.deepEqual(await host.readFile(host.keyPath), oldKey);
    const listing = (await host.exec(`ls -A '${dir}'`)).stdout.split('\n').filter(Boolean).sort();
    assert.deepEqual(listing, ['fullchain.pem', 'notes.tmp', 'privkey.pem']);
  });

  it('writes the files that symbolic links point to and keeps the links (certbot live/ layout)', async () => {
    const host = network.hosts[4];
    const archive = `${host.acmeDir}/archive/${host.certName}`;
    const linked = await host.exec(
      [
        `mkdir -p '${archive}'`,
        `mv '${host.certPath}' '${archive}/fullchain1.pem'`,
        `mv '${host.keyPath}' '${archive}/privkey1.pem'`,
        `ln -s '../archive/${host.certName}/fullchain1.pem' '${host.certPath}'`,
        `ln -s '${archive}/privkey1.pem' '${host.keyPath}'`,
      ].join(' && '),
    );
    assert.equal(linked.code, 0, linked.stderr);
    const bundle = issue();
    const [result] = await deployTo(host, bundle);
    assert.equal(result.status, 'deployed', result.reason);
    const links = await host.exec(`readlink '${host.certPath}' '${host.keyPath}'`);
    assert.equal(links.stdout, `../archive/${host.certName}/fullchain1.pem\n${archive}/privkey1.pem\n`);
    assert.equal((await host.readFile(`${archive}/fullchain1.pem`)).toString(), bundle.fullchainPem);
    assert.equal((await host.readFile(`${archive}/privkey1.pem`)).toString(), bundle.keyPem);
    assert.equal((await host.stat(`${archive}/privkey1.pem`)).mode, 0o600);
    await assertServes(host, bundle.fullchainPem);
    assert.equal((await deployTo(host, bundle))[0].status, 'skipped');
  });
});
