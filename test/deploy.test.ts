// Deployment against real hosts: each test host runs its own sshd and nginx, so these tests prove
// what a user would see: the certificate served, files and modes on disk, and hosts left as they
// were when something fails.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readDeployConfig, type DeployConfig, type DeployTarget } from '../src/deploy/deploy-config.js';
import { deployCertificate, readDeployedFiles, type CertificateBundle, type HostResult } from '../src/deploy/deploy.js';
import { parseKnownHosts } from '../src/deploy/known-hosts.js';
import { deployConfigFor, startTestCa, type TestCa } from './support/deploy-fixtures.js';
import { memoryLog } from './support/memory-log.js';
import { waitFor } from './support/ports.js';
import { startTcpProxy } from './support/tcp-proxy.js';
import { ensureSystemUser, generateRsaKeyWithPassphrase, startSshHosts, type TestHost, type TestNetwork } from './support/ssh-host.js';

const DOMAINS = ['example.com', 'www.example.com'];

function fingerprint(pem: string): string {
  return new X509Certificate(pem).fingerprint256;
}

async function servedFingerprint(host: TestHost): Promise<string> {
  return fingerprint(await host.servedCertificatePem());
}

/**
 * nginx's old workers finish their connections after a reload and may still answer a new one for
 * a moment, even after the deploy code saw the new certificate: look until the old ones are gone.
 */
async function assertServes(host: TestHost, pem: string): Promise<void> {
  await waitFor(async () => (await servedFingerprint(host)) === fingerprint(pem), {
    timeoutMs: 10_000,
    what: `${host.name} to serve ${new X509Certificate(pem).subject}`,
  });
}

function byTarget(results: readonly HostResult[], host: TestHost): HostResult {
  const result = results.find((entry) => entry.target === host.label);
  assert.ok(result, `no result for ${host.label} in ${JSON.stringify(results)}`);
  return result;
}

/** Everything about the certificate folder that a rollback must preserve: names, modes, owners, inodes, bytes. */
async function snapshot(host: TestHost): Promise<string> {
  const dir = `${host.acmeDir}/${host.certName}`;
  const result = await host.exec(
    `cd '${dir}' && find . -printf '%p %m %U %G %i %s\\n' | sort && find . -type f -exec sha256sum {} + | sort`,
  );
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

/** Lines in the host's reload journal: how often the deploy code ran its reload command. */
async function reloads(host: TestHost): Promise<number> {
  const result = await host.exec(`cat '${host.acmeDir}/reloads.log' 2>/dev/null`);
  return result.stdout.split('\n').filter(Boolean).length;
}

function countingReload(host: TestHost): string {
  return `echo reload >> '${host.acmeDir}/reloads.log' && ${host.reloadCommand}`;
}

describe('deploying to three hosts', () => {
  let network: TestNetwork;
  let hosts: readonly TestHost[];
  let ca: TestCa;
  let config: DeployConfig;
  const bundles: CertificateBundle[] = [];
  const log = memoryLog();
  const secrets: string[] = [];
  const issue = (subject: string) => {
    const bundle = ca.issue(DOMAINS, subject);
    bundles.push(bundle);
    return bundle;
  };
  const deploy = (bundle: CertificateBundle, deployConfig = config, dryRun = false) =>
    deployCertificate(bundle, deployConfig, { dryRun, log });

  before(async () => {
    network = await startSshHosts(3, { ipv6: true });
    hosts = network.hosts;
    ca = startTestCa();
    config = await deployConfigFor(network, { perHost: (host) => ({ reloadCommand: countingReload(host) }) });
    secrets.push(network.clientKey);
  });
  after(async () => {
    ca?.stop();
    await network?.stop();
  });

  it('deploys to all hosts in parallel, and each serves the new certificate', async () => {
    const bundle = issue('first');
    // Each reload waits for all three hosts to be reloading at once: run one after another, they
    // would give up waiting and fail.
    const barrier = mkdtempSync(join(tmpdir(), 'deploy-barrier-'));
    try {
      const parallel = await deployConfigFor(network, {
        perHost: (host) => ({
          reloadCommand:
            `touch '${barrier}/${host.name}'; n=0; while [ "$(ls '${barrier}' | wc -l)" -lt 3 ]; do ` +
            `n=$((n+1)); [ $n -gt 200 ] && exit 9; sleep 0.05; done; ${countingReload(host)}`,
        }),
      });
      const results = await deploy(bundle, parallel);
      assert.deepEqual(results.map((result) => result.status), ['deployed', 'deployed', 'deployed'], JSON.stringify(results));
      assert.deepEqual(readdirSync(barrier).sort(), ['host1', 'host2', 'host3']);
    } finally {
      rmSync(barrier, { recursive: true, force: true });
    }
    for (const host of hosts) {
      await assertServes(host, bundle.fullchainPem);
      assert.equal((await host.readFile(host.certPath)).toString(), bundle.fullchainPem);
      assert.equal((await host.readFile(host.keyPath)).toString(), bundle.keyPem);
      assert.equal((await host.stat(host.keyPath)).mode, 0o600);
      assert.equal((await host.stat(host.certPath)).mode, 0o644);
      // The certificate the host served before is kept for a manual rollback.
      assert.ok(await host.exists(`${host.certPath}.acme-deploy.bak`));
      assert.equal(await reloads(host), 1);
    }
  });

  it('reports when the served certificate expires', async () => {
    const results = await deploy(bundles[0], { ...config, mode: 'always' });
    const notAfter = new Date(new X509Certificate(bundles[0].fullchainPem).validTo).toISOString();
    assert.deepEqual(results.map((result) => result.servedNotAfter), [notAfter, notAfter, notAfter]);
  });

  it('skips every host on a second run, without reloading', async () => {
    const before = await Promise.all(hosts.map(reloads));
    const results = await deploy(bundles[0]);
    assert.deepEqual(results.map((result) => result.status), ['skipped', 'skipped', 'skipped']);
    assert.deepEqual(await Promise.all(hosts.map(reloads)), before);
  });

  it('reaches a host by its IPv6 address', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('IPv6 test addresses need namespaces');
    const host = hosts[0];
    const v6 = await deployConfigFor(network, { hosts: [host], ipv6: true, perHost: (each) => ({ reloadCommand: countingReload(each) }) });
    const [result] = await deploy(bundles[0], { ...v6, mode: 'always' });
    assert.equal(result.target, `[${host.ip6}]:22`);
    assert.equal(result.status, 'deployed', result.reason);
    assert.ok(result.servedNotAfter);
  });

  it('repairs a host whose certificate was edited by hand and one whose key was made readable', async () => {
    const [host1, host2, host3] = hosts;
    await host2.writeFile(host2.certPath, `${bundles[0].fullchainPem}# edited\n`, 0o644);
    await host3.exec(`chmod 644 '${host3.keyPath}'`);
    const results = await deploy(bundles[0]);
    assert.equal(byTarget(results, host1).status, 'skipped');
    assert.equal(byTarget(results, host2).status, 'deployed');
    assert.equal(byTarget(results, host3).status, 'deployed');
    assert.equal((await host2.readFile(host2.certPath)).toString(), bundles[0].fullchainPem);
    assert.equal((await host3.stat(host3.keyPath)).mode, 0o600);
  });

  it('changes nothing in a dry run', async () => {
    const bundle = issue('second');
    const before = await Promise.all(hosts.map(snapshot));
    const reloadsBefore = await Promise.all(hosts.map(reloads));
    const results = await deploy(bundle, config, true);
    assert.deepEqual(results.map((result) => result.status), ['would-deploy', 'would-deploy', 'would-deploy']);
    assert.match(results[0].reason ?? '', /fullchain\.pem differs/);
    assert.deepEqual(await Promise.all(hosts.map(snapshot)), before);
    assert.deepEqual(await Promise.all(hosts.map(reloads)), reloadsBefore);
    for (const host of hosts) await assertServes(host, bundles[0].fullchainPem);
  });

  it('puts back the old files when a reload fails, and still deploys to the other hosts', async () => {
    const [host1, host2, host3] = hosts;
    const bundle = bundles[1];
    const before = await snapshot(host2);
    const failing = await deployConfigFor(network, {
      perHost: (host) => ({
        reloadCommand:
          host === host2
            ? `${countingReload(host)} && echo 'nginx: [emerg] cannot load certificate' >&2 && exit 3`
            : countingReload(host),
      }),
    });
    const reloadsBefore = await reloads(host2);
    const results = await deploy(bundle, failing);
    const failed = byTarget(results, host2);
    assert.equal(failed.status, 'failed');
    assert.match(failed.reason ?? '', /exited 3/);
    assert.match(failed.reason ?? '', /cannot load certificate/);
    assert.match(failed.reason ?? '', /previous files restored/);
    assert.equal(byTarget(results, host1).status, 'deployed');
    assert.equal(byTarget(results, host3).status, 'deployed');
    assert.equal(await snapshot(host2), before, 'host2 must be exactly as before');
    // Once for the new files, once more for the restored ones.
    assert.equal(await reloads(host2), reloadsBefore + 2);
    assert.equal(failed.servedNotAfter, new Date(new X509Certificate(bundles[0].fullchainPem).validTo).toISOString());
    await assertServes(host2, bundles[0].fullchainPem);
    await assertServes(host1, bundle.fullchainPem);
  });

  it('puts back the old files when the host does not serve the new certificate after its reload', async () => {
    const [host1, host2, host3] = hosts;
    const bundle = issue('third');
    const before = await snapshot(host1);
    const silent = {
      ...(await deployConfigFor(network, {
        perHost: (host) => ({ reloadCommand: host === host1 ? 'true' : countingReload(host) }),
        inputs: { 'ssh-timeout': '2' },
      })),
    };
    const results = await deploy(bundle, silent);
    const failed = byTarget(results, host1);
    assert.equal(failed.status, 'failed');
    assert.match(failed.reason ?? '', /verification failed: .*still serves another certificate/);
    assert.equal(await snapshot(host1), before);
    assert.equal(byTarget(results, host2).status, 'deployed');
    assert.equal(byTarget(results, host3).status, 'deployed');
  });

  it('refuses a host whose key is not in ssh-known-hosts', async () => {
    const [host1, host2, host3] = hosts;
    const known = [host1, host2].flatMap((host) => host.knownHostsLines).join('\n');
    const before = await snapshot(host3);
    const results = await deploy(bundles[2], { ...config, hostKeys: { kind: 'known-hosts', knownHosts: parseKnownHosts(known) } });
    const refused = byTarget(results, host3);
    assert.equal(refused.status, 'failed');
    assert.match(refused.reason ?? '', new RegExp(`host key of ${host3.label.replace(/\./g, '\\.')} is not in ssh-known-hosts`));
    assert.equal(byTarget(results, host1).status, 'deployed');
    assert.equal(byTarget(results, host2).status, 'skipped');
    assert.equal(await snapshot(host3), before);
  });

  it('refuses a host whose key changed', async () => {
    const [host1, host2, host3] = hosts;
    const hostName = host1.knownHostsLine().split(' ')[0];
    const known = [host2.knownHostsLine('ed25519', hostName), ...[host2, host3].flatMap((host) => host.knownHostsLines)].join('\n');
    const bundle = issue('fourth');
    const before = await snapshot(host1);
    const results = await deploy(bundle, { ...config, hostKeys: { kind: 'known-hosts', knownHosts: parseKnownHosts(known) } });
    const refused = byTarget(results, host1);
    assert.equal(refused.status, 'failed');
    assert.match(refused.reason ?? '', /host key of .* does not match ssh-known-hosts \(changed key\?\)/);
    assert.equal(await snapshot(host1), before);
    assert.equal(byTarget(results, host2).status, 'deployed');
  });

  it('fails cleanly when the login user may not write the files', async () => {
    const host = hosts[0];
    await ensureSystemUser('acmedeploy');
    const before = await snapshot(host);
    const unprivileged = await deployConfigFor(network, { hosts: [host], inputs: { 'ssh-user': 'acmedeploy' } });
    const [result] = await deploy(issue('unprivileged'), unprivileged);
    assert.equal(result.status, 'failed');
    assert.match(result.reason ?? '', /cannot create .*fullchain\.pem.*: Permission denied/);
    assert.equal(await snapshot(host), before);
  });

  it('reports unreachable hosts as failed and carries on with the others', async () => {
    const [host1] = hosts;
    const template = config.targets[0];
    const at = (host: string, port: number): DeployTarget => ({ ...template, host, port, label: `${host}:${port}` });
    // An address on the test bridge that nobody holds, and a port on a live host where nothing listens.
    const nobody = network.isolation === 'namespaces' ? host1.ip.replace(/\.\d+$/, '.250') : '127.0.0.1';
    const targets = [at(nobody, network.isolation === 'namespaces' ? 22 : 9), at(host1.ip, 2222), ...config.targets];
    const started = Date.now();
    const results = await deploy(bundles[3], { ...config, targets, timeoutMs: 3000 });
    assert.ok(Date.now() - started < 15_000, 'an unreachable host must not hold the run up beyond ssh-timeout');
    assert.equal(results[0].status, 'failed');
    assert.match(results[0].reason ?? '', /cannot connect to|no SSH handshake/);
    assert.equal(results[1].status, 'failed');
    assert.match(results[1].reason ?? '', /cannot connect to .*:2222: .*ECONNREFUSED/);
    assert.deepEqual(results.slice(2).map((result) => result.status), ['deployed', 'skipped', 'skipped']);
  });

  it('does nothing with deploy: never', async () => {
    assert.deepEqual(await deploy(issue('never'), { ...config, mode: 'never' }), []);
  });

  it('gives the files to remote-owner, the key still private', async () => {
    const bundle = issue('owned');
    const owned = await deployConfigFor(network, {
      perHost: (host) => ({ reloadCommand: countingReload(host) }),
      inputs: { 'remote-owner': 'nobody:nogroup' },
    });
    const results = await deploy(bundle, owned);
    assert.deepEqual(results.map((result) => result.status), ['deployed', 'deployed', 'deployed'], JSON.stringify(results));
    for (const host of hosts) {
      assert.deepEqual(await host.stat(host.keyPath), { mode: 0o600, uid: 65534, gid: 65534, size: bundle.keyPem!.length });
      const cert = await host.stat(host.certPath);
      assert.deepEqual([cert.mode, cert.uid, cert.gid], [0o644, 65534, 65534]);
      await assertServes(host, bundle.fullchainPem);
    }
    const again = await deploy(bundle, owned);
    assert.deepEqual(again.map((result) => result.status), ['skipped', 'skipped', 'skipped']);
    // Without remote-owner, ownership is the host's business and is not compared.
    assert.equal((await deploy(bundle, config))[0].status, 'skipped');
    // A user alone: the group stays the one the new file got from the login user (root here).
    const userOnly = await deployConfigFor(network, {
      perHost: (host) => ({ reloadCommand: countingReload(host) }),
      inputs: { 'remote-owner': 'nobody' },
    });
    const next = issue('owned by a user');
    const userOwned = await deploy(next, userOnly);
    assert.deepEqual(userOwned.map((result) => result.status), ['deployed', 'deployed', 'deployed'], JSON.stringify(userOwned));
    for (const host of hosts) {
      assert.deepEqual(await host.stat(host.keyPath), { mode: 0o600, uid: 65534, gid: 0, size: next.keyPem!.length });
    }
  });

  it('logs in with a passphrase-protected RSA key', async () => {
    const passphrase = 'tr0ub4dor & 3 "quoted"';
    secrets.push(passphrase);
    const key = await generateRsaKeyWithPassphrase(passphrase);
    secrets.push(key.privateKey);
    await network.authorize(key.publicKey);
    const rsa = await deployConfigFor(network, {
      perHost: (host) => ({ reloadCommand: countingReload(host) }),
      inputs: { 'ssh-private-key': key.privateKey, 'ssh-passphrase': passphrase, deploy: 'always' },
    });
    const results = await deploy(bundles.at(-1)!, rsa);
    assert.deepEqual(results.map((result) => result.status), ['deployed', 'deployed', 'deployed'], JSON.stringify(results));
  });

  it("writes the issuer chain and passes lego's variables to the reload command", async () => {
    const bundle = issue('issuer');
    const withIssuer = await deployConfigFor(network, {
      perHost: (host) => ({
        issuerPath: `${host.acmeDir}/<name>/chain.pem`,
        reloadCommand: `env | grep '^LEGO_' | sort > '${host.acmeDir}/lego-env' && ${countingReload(host)}`,
      }),
    });
    const results = await deploy(bundle, withIssuer);
    assert.deepEqual(results.map((result) => result.status), ['deployed', 'deployed', 'deployed'], JSON.stringify(results));
    const host = hosts[1];
    const dir = `${host.acmeDir}/example.com`;
    assert.equal((await host.readFile(`${dir}/chain.pem`)).toString(), bundle.issuerPem);
    assert.equal((await host.stat(`${dir}/chain.pem`)).mode, 0o644);
    assert.equal(
      (await host.readFile(`${host.acmeDir}/lego-env`)).toString(),
      [
        'LEGO_CERT_DOMAIN=example.com',
        `LEGO_CERT_KEY_PATH=${dir}/privkey.pem`,
        `LEGO_CERT_PATH=${dir}/fullchain.pem`,
        `LEGO_ISSUER_CERT_PATH=${dir}/chain.pem`,
        '',
      ].join('\n'),
    );
  });

  it('reads back the deployed files of every host that holds a certificate and its key', async () => {
    const [host1, host2, host3] = hosts;
    await host1.exec(`rm '${host1.keyPath}'`);
    const found = await readDeployedFiles(config, 'example.com', log);
    assert.deepEqual(found.map((files) => files.target), [host2.label, host3.label]);
    assert.equal(found[0].certPath, host2.certPath);
    assert.equal(found[0].cert.toString(), bundles.at(-1)!.fullchainPem);
    assert.equal(found[0].key.toString(), bundles.at(-1)!.keyPem);
    assert.match(log.text(), new RegExp(`${host1.label}: no deployed certificate and key`));
    assert.deepEqual(await readDeployedFiles(config, 'other.example', log), []);
  });

  it('reads the hosts a few at a time, as many as deploy-concurrency allows', async () => {
    // Listeners that hold each connection for a second without speaking SSH, then drop it: the most
    // held at once is how many hosts are read at once. Counted where the listener drops it, so the
    // count is exact whatever order the events arrive in.
    let open = 0;
    let most = 0;
    const servers = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const server = createServer((socket) => {
          most = Math.max(most, ++open);
          socket.on('error', () => {});
          setTimeout(() => {
            open--;
            socket.destroy();
          }, 1000);
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        return server;
      }),
    );
    try {
      const ports = servers.map((server) => (server.address() as AddressInfo).port);
      const inputs: Record<string, string> = {
        ...network.actionInputs(),
        hosts: ports.map((port) => `- host: 127.0.0.1\n  port: ${port}`).join('\n'),
        'ssh-known-hosts': ports.map((port) => hosts[0].knownHostsLine(undefined, `[127.0.0.1]:${port}`)).join('\n'),
        'ssh-timeout': '10',
        'deploy-concurrency': '2',
      };
      const silent = await readDeployConfig((name) => inputs[name] ?? '');
      const quiet = memoryLog();
      assert.deepEqual(await readDeployedFiles(silent, 'example.com', quiet), []);
      assert.equal(most, 2, quiet.text());
      assert.equal(quiet.lines.filter((line) => line.includes('cannot read the deployed certificate')).length, 4);
    } finally {
      for (const server of servers) server.close();
    }
  });

  it('waits for few answers from a far host: requests that need no answer in between go out together', async () => {
    // Over a link of 20 ms, every time the deploy code waits for the host before it goes on. A
    // request awaited alone (each write, each step of a swap, each look at a file) would add to the count.
    const [host] = hosts;
    const ssh = await startTcpProxy({ host: host.ip, port: host.port }, { delayMs: 10 });
    const tls = await startTcpProxy({ host: host.ip, port: host.tlsPort });
    try {
      const far = await deployConfigFor(network, {
        hosts: [host],
        via: () => ({ address: '127.0.0.1', port: ssh.port, tlsPort: tls.port }),
        inputs: { 'ssh-known-hosts': host.knownHostsLine(undefined, `[127.0.0.1]:${ssh.port}`) },
      });
      const bundle = issue('far');
      const [deployed] = await deploy(bundle, far);
      assert.equal(deployed.status, 'deployed', deployed.reason);
      await assertServes(host, bundle.fullchainPem);
      const deploying = ssh.roundTrips();
      const [skipped] = await deploy(bundle, far);
      assert.equal(skipped.status, 'skipped', skipped.reason);
      const comparing = ssh.roundTrips() - deploying;
      // Logging in and starting SFTP take about 9 of them, ssh2 waiting for each answer there.
      // Measured: 22 to 23 to deploy and 12 to compare; one request at a time took 39 and 19.
      assert.ok(deploying <= 25, `deploying took ${deploying} round trips`);
      assert.ok(comparing <= 14, `comparing took ${comparing} round trips`);
    } finally {
      await Promise.all([ssh.stop(), tls.stop()]);
    }
  });

  it('deploys only the certificate of a CSR, and without a reload command does not check TLS', async () => {
    const host = hosts[2];
    const keyBefore = await host.readFile(host.keyPath);
    const bundle = { ...issue('csr'), keyPem: undefined };
    const noReload = await deployConfigFor(network, { hosts: [host], perHost: () => ({ reloadCommand: undefined }) });
    const [result] = await deploy(bundle, noReload);
    assert.equal(result.status, 'deployed');
    assert.match(result.reason ?? '', /no reload-command/);
    assert.equal((await host.readFile(host.certPath)).toString(), bundle.fullchainPem);
    assert.deepEqual(await host.readFile(host.keyPath), keyBefore);
  });

  it('never logs key material or the passphrase', async () => {
    const text = log.text();
    assert.match(text, /deployed/);
    for (const secret of [...secrets, ...bundles.flatMap((bundle) => (bundle.keyPem ? [bundle.keyPem] : []))]) {
      // A key's base64 body, line by line: no part of it may appear.
      for (const line of secret.split('\n').filter((part) => part.length > 20 && !part.startsWith('-----'))) {
        assert.ok(!text.includes(line), 'the log contains key material');
      }
      assert.ok(!text.includes(secret), 'the log contains a secret');
    }
  });
});

describe('deploying through a jump host', () => {
  let network: TestNetwork;
  let ca: TestCa;

  before(async () => {
    network = await startSshHosts(2, { jumpHost: true, targetsBehindJump: true });
    ca = startTestCa();
  });
  after(async () => {
    ca?.stop();
    await network?.stop();
  });

  it('deploys to and verifies hosts only the jump host can reach', async (t) => {
    if (network.isolation === 'namespaces') assert.equal(network.hosts[0].reachable, false);
    else t.diagnostic('loopback fallback: the targets are reachable directly too');
    const log = memoryLog();
    const config = await deployConfigFor(network);
    assert.ok(config.jumpHost);
    const bundle = ca.issue(DOMAINS, 'behind the jump host');
    const results = await deployCertificate(bundle, config, { dryRun: false, log });
    assert.deepEqual(results.map((result) => result.status), ['deployed', 'deployed'], `${JSON.stringify(results)}\n${log.text()}`);
    // servedNotAfter comes from the TLS check, made through the jump host too.
    assert.ok(results.every((result) => result.servedNotAfter));
    for (const host of network.hosts) await assertServes(host, bundle.fullchainPem);
    const found = await readDeployedFiles(config, 'example.com', log);
    assert.deepEqual(found.map((files) => files.target), network.hosts.map((host) => host.label));
  });

  it('reports a target the jump host cannot reach, and still deploys to the others', async () => {
    const config = await deployConfigFor(network);
    const [first] = config.targets;
    const closed: DeployTarget = { ...first, port: 2222, label: `${first.host}:2222` };
    const results = await deployCertificate(
      ca.issue(DOMAINS, 'partly reachable'),
      { ...config, targets: [closed, ...config.targets] },
      { dryRun: false, log: memoryLog() },
    );
    assert.equal(results[0].status, 'failed');
    assert.match(results[0].reason ?? '', new RegExp(`cannot reach ${first.host.replace(/\./g, '\\.')} port 2222 through jump host .*: .*(refused|failure)`, 'i'));
    assert.deepEqual(results.slice(1).map((result) => result.status), ['deployed', 'deployed']);
  });

  it('refuses a jump host whose key is not known', async () => {
    const jump = network.jumpHost!;
    const config = await deployConfigFor(network);
    const known = network.hosts.flatMap((host) => host.knownHostsLines).join('\n');
    const results = await deployCertificate(
      ca.issue(DOMAINS, 'refused'),
      { ...config, hostKeys: { kind: 'known-hosts', knownHosts: parseKnownHosts(known) } },
      { dryRun: false, log: memoryLog() },
    );
    assert.deepEqual(results.map((result) => result.status), ['failed', 'failed']);
    assert.match(results[0].reason ?? '', new RegExp(`^jump host: host key of ${jump.label.replace(/\./g, '\\.')} is not in ssh-known-hosts`));
  });
});
