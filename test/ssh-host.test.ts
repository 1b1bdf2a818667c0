// The test hosts themselves: if these fail, every deploy test would fail for the wrong reason.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { X509Certificate } from 'node:crypto';
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { after, before, describe, it } from 'node:test';
import ssh2 from 'ssh2';
import { parseKnownHosts, type KnownHosts } from '../src/deploy/known-hosts.js';
import {
  cleanStaleTestHosts,
  ensureSystemUser,
  generateRsaKeyWithPassphrase,
  startSshHosts,
  type ExecResult,
  type TestHost,
  type TestNetwork,
} from './support/ssh-host.js';
import { waitFor } from './support/ports.js';

const { Client } = ssh2;

interface ConnectOptions {
  host: string;
  username?: string;
  port: number;
  privateKey: string;
  passphrase?: string;
  knownHosts: KnownHosts;
  sock?: NodeJS.ReadableStream;
}

/** Connects the way the deploy code does: the host key must be one known_hosts lists. */
function connect(options: ConnectOptions): Promise<InstanceType<typeof Client>> {
  const client = new Client();
  const algorithms = options.knownHosts.hostKeyAlgorithmsFor(options.host, options.port);
  return new Promise((resolve, reject) => {
    client.once('ready', () => resolve(client));
    client.once('error', reject);
    client.connect({
      host: options.host,
      port: options.port,
      username: options.username ?? 'root',
      privateKey: options.privateKey,
      ...(options.passphrase ? { passphrase: options.passphrase } : {}),
      ...(options.sock ? { sock: options.sock as never } : {}),
      readyTimeout: 10_000,
      ...(algorithms.length > 0 ? { algorithms: { serverHostKey: algorithms as never } } : {}),
      hostVerifier: (key: Buffer) => options.knownHosts.verify(options.host, options.port, key),
    });
  });
}

function remoteExec(client: InstanceType<typeof Client>, command: string): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    client.exec(command, (error, stream) => {
      if (error) return reject(error);
      let stdout = '';
      let stderr = '';
      stream.on('data', (chunk: Buffer) => (stdout += chunk));
      stream.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      stream.once('close', (code: number) => resolve({ code, stdout, stderr }));
    });
  });
}

/** Command lines of running processes that contain `text` (read from /proc: `ps` may be missing). */
function processesMentioning(text: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        return '';
      }
    })
    .filter((command) => command.includes(text));
}

/** Everything a run of process `pid` may leave: namespaces, links, folders, processes. */
function leftovers(pid: number): string[] {
  const tag = `adt${pid.toString(36).padStart(5, '0')}`;
  const links = (spawnSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' }).stdout ?? '').split('\n').filter((line) => line.includes(tag));
  const dirs = readdirSync(tmpdir()).filter((entry) => entry.startsWith(`acmedt-${pid}-`));
  return [...namespacesLeft(`acmedt-${pid}-`), ...links, ...dirs, ...processesMentioning(`acmedt-${pid}-`)];
}

/**
 * Starts hosts in a separate node process, which prints its pid once they run; `end` then decides
 * how that process dies.
 */
async function startInChild(end: 'SIGKILL' | 'SIGTERM'): Promise<number> {
  const module = pathToFileURL(join(import.meta.dirname, 'support', 'ssh-host.ts')).href;
  const code = [
    `const { startSshHosts } = await import(${JSON.stringify(module)});`,
    `await startSshHosts(1, { jumpHost: true, targetsBehindJump: true, ipv6: true });`,
    `console.log('ready ' + process.pid);`,
    end === 'SIGKILL' ? `process.kill(process.pid, 'SIGKILL');` : `setInterval(() => {}, 1000);`,
  ].join('\n');
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: join(import.meta.dirname, '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(() => /ready \d+/.test(output) || child.exitCode !== null || child.signalCode !== null, {
    timeoutMs: 30_000,
    what: 'the child to start its hosts',
  });
  const pid = Number(/ready (\d+)/.exec(output)?.[1]);
  assert.ok(pid > 0, `child did not start its hosts: ${output}`);
  assert.ok(leftovers(pid).length > 0, 'the child should have made namespaces or folders');
  if (end === 'SIGTERM') child.kill('SIGTERM');
  await exited;
  return pid;
}

function namespacesLeft(prefix: string): string[] {
  const list = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout ?? '';
  return list.split('\n').filter((line) => line.startsWith(prefix));
}

describe('two test hosts', () => {
  let network: TestNetwork;
  let hosts: readonly TestHost[];

  before(async () => {
    network = await startSshHosts(2, { certName: 'x', ipv6: true });
    hosts = network.hosts;
  });
  after(async () => {
    await network?.stop();
  });

  it('gives each host its own address and host keys', () => {
    assert.equal(hosts.length, 2);
    assert.notEqual(hosts[0].label, hosts[1].label);
    assert.notDeepEqual(hosts[0].hostKeyPublic, hosts[1].hostKeyPublic);
    if (network.isolation === 'namespaces') {
      assert.match(hosts[0].ip, /^198\.18\.\d+\.\d+$/);
      assert.notEqual(hosts[0].ip, hosts[1].ip);
      assert.equal(hosts[0].port, 22);
      assert.equal(hosts[0].tlsPort, 443);
    }
  });

  it('serves each host its own nginx certificate on its own address', async () => {
    const served = await Promise.all(hosts.map((host) => host.servedCertificatePem('x')));
    assert.notEqual(served[0], served[1]);
    for (const [index, host] of hosts.entries()) {
      const onDisk = (await host.readFile(host.certPath)).toString();
      assert.equal(new X509Certificate(served[index]).fingerprint256, new X509Certificate(onDisk).fingerprint256);
      assert.match(new X509Certificate(served[index]).subject, new RegExp(`${host.name} initial x`));
    }
  });

  it('keeps different files at the same absolute path on each host', async () => {
    if (network.isolation === 'namespaces') assert.equal(hosts[0].acmeDir, '/etc/ssl/acme');
    await hosts[0].writeFile(`${hosts[0].acmeDir}/x/marker`, 'one\n');
    await hosts[1].writeFile(`${hosts[1].acmeDir}/x/marker`, 'two\n', 0o640);
    const inside = await Promise.all(hosts.map((host) => host.exec(`cat ${host.acmeDir}/x/marker`)));
    assert.deepEqual(inside.map((result) => result.stdout), ['one\n', 'two\n']);
    assert.equal((await hosts[1].stat(`${hosts[1].acmeDir}/x/marker`)).mode, 0o640);
    if (network.isolation === 'namespaces') {
      const rootView = spawnSync('ls', ['/etc/ssl/acme'], { encoding: 'utf8' }).stdout;
      assert.doesNotMatch(rootView, /^x$/m, 'the root namespace must not see the hosts\' files');
    }
  });

  it('lets ssh2 in with the client key after checking the host key against known_hosts', async () => {
    const knownHosts = parseKnownHosts(network.knownHosts);
    for (const host of hosts) {
      const client = await connect({ host: host.ip, port: host.port, privateKey: network.clientKey, knownHosts });
      try {
        const result = await remoteExec(client, `cat ${host.acmeDir}/x/marker; id -u`);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stdout, `${host === hosts[0] ? 'one' : 'two'}\n0\n`);
      } finally {
        client.end();
      }
    }
  });

  it('matches every host key type, hashed lines included', async () => {
    const host = hosts[0];
    for (const type of ['ed25519', 'ecdsa', 'rsa'] as const) {
      // One line of one type: the client must negotiate exactly that key type to succeed.
      const knownHosts = parseKnownHosts(host.knownHostsLine(type));
      const client = await connect({ host: host.ip, port: host.port, privateKey: network.clientKey, knownHosts });
      client.end();
    }
    const hashed = parseKnownHosts(host.hashedKnownHostsLines().join('\n'));
    assert.ok(hashed.has(host.ip, host.port));
    (await connect({ host: host.ip, port: host.port, privateKey: network.clientKey, knownHosts: hashed })).end();
  });

  it('refuses a host whose key is not the one known_hosts lists', async () => {
    // host2's key under host1's name: exactly what a man in the middle would present.
    const wrong = parseKnownHosts(hosts[1].knownHostsLine('ed25519', hosts[0].knownHostsLine().split(' ')[0]));
    await assert.rejects(
      connect({ host: hosts[0].ip, port: hosts[0].port, privateKey: network.clientKey, knownHosts: wrong }),
      /verification failed/i,
    );
  });

  it('accepts an extra authorised key with a passphrase', async () => {
    const key = await generateRsaKeyWithPassphrase('correct horse');
    await network.authorize(key.publicKey);
    const knownHosts = parseKnownHosts(network.knownHosts);
    const client = await connect({
      host: hosts[1].ip,
      port: hosts[1].port,
      privateKey: key.privateKey,
      passphrase: 'correct horse',
      knownHosts,
    });
    client.end();
  });

  it('answers SSH and TLS on its IPv6 address too', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('no namespaces');
    const host = hosts[0];
    assert.match(host.ip6 ?? '', /^fd/);
    const knownHosts = parseKnownHosts(network.knownHosts);
    const client = await connect({ host: host.ip6!, port: 22, privateKey: network.clientKey, knownHosts });
    client.end();
    const socket = tlsConnect({ host: host.ip6, port: 443, servername: 'x', rejectUnauthorized: false });
    const pem = await new Promise<string>((resolve, reject) => {
      socket.once('secureConnect', () => resolve(new X509Certificate(socket.getPeerCertificate().raw).toString()));
      socket.once('error', reject);
    }).finally(() => socket.destroy());
    assert.equal(pem, await host.servedCertificatePem('x'));
  });

  it('lets a non-root user in, who cannot write the certificate folder', async () => {
    const user = await ensureSystemUser('acmedeploy');
    const host = hosts[0];
    const client = await connect({
      host: host.ip,
      port: host.port,
      username: 'acmedeploy',
      privateKey: network.clientKey,
      knownHosts: parseKnownHosts(network.knownHosts),
    });
    try {
      const who = await remoteExec(client, 'id -u');
      assert.deepEqual(who, { code: 0, stdout: `${user.uid}\n`, stderr: '' });
      const write = await remoteExec(client, `echo x > ${host.acmeDir}/x/by-user`);
      assert.notEqual(write.code, 0);
      assert.match(write.stderr, /Permission denied/);
    } finally {
      client.end();
    }
  });

  it('reloads nginx so that a new certificate is served', async () => {
    const host = hosts[1];
    const made = await host.exec(
      `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=replaced ` +
        `-keyout ${host.keyPath} -out ${host.certPath} 2>&1`,
    );
    assert.equal(made.code, 0, made.stdout);
    await host.nginxReload();
    assert.match(new X509Certificate(await host.servedCertificatePem('x')).subject, /CN=replaced/);
    assert.match(new X509Certificate(await hosts[0].servedCertificatePem('x')).subject, /host1 initial/);
    assert.ok(host.reloadCommand);
    const viaCommand = await host.exec(host.reloadCommand);
    assert.equal(viaCommand.code, 0, viaCommand.stderr);
  });
});

describe('a jump host in front of hosts the test process cannot reach', () => {
  let network: TestNetwork;

  before(async () => {
    network = await startSshHosts(1, { jumpHost: true, targetsBehindJump: true });
  });
  after(async () => {
    await network?.stop();
  });

  it('forwards an SSH connection to the hidden host, both host keys checked', async (t) => {
    const jump = network.jumpHost!;
    const target = network.hosts[0];
    if (network.isolation !== 'namespaces') t.diagnostic('loopback fallback: the target is reachable directly too');
    else assert.equal(target.reachable, false);
    const knownHosts = parseKnownHosts(network.knownHosts);
    const bastion = await connect({ host: jump.ip, port: jump.port, privateKey: network.clientKey, knownHosts });
    try {
      const channel = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        bastion.forwardOut('127.0.0.1', 0, target.ip, target.port, (error, stream) => (error ? reject(error) : resolve(stream))),
      );
      const inner = await connect({ host: target.ip, port: target.port, privateKey: network.clientKey, knownHosts, sock: channel });
      try {
        const result = await remoteExec(inner, 'hostname -I 2>/dev/null || ip -o -4 addr show');
        assert.match(result.stdout, new RegExp(target.ip.replace(/\./g, '\\.')));
      } finally {
        inner.end();
      }
    } finally {
      bastion.end();
    }
    assert.match(new X509Certificate(await target.servedCertificatePem()).subject, /host1 initial example\.com/);
  });

  it('is really unreachable from the test process', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('no namespaces');
    const target = network.hosts[0];
    const outcome = await new Promise<string>((resolve) => {
      const socket = netConnect({ host: target.ip, port: 22, timeout: 5000 });
      socket.once('connect', () => resolve('connected'));
      socket.once('timeout', () => resolve('timeout'));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      socket.once('close', () => socket.destroy());
    });
    // Refused locally at once: the attempt must never leave the machine by the default route.
    assert.equal(outcome, 'EHOSTUNREACH');
  });
});

describe('stopping', () => {
  it('leaves no namespace, bridge, route or process behind', async () => {
    const routes = () => spawnSync('ip', ['route', 'show', 'type', 'unreachable'], { encoding: 'utf8' }).stdout;
    const routesBefore = routes();
    const network = await startSshHosts(1, { jumpHost: true, targetsBehindJump: true });
    const prefix = `acmedt-${process.pid}-`;
    assert.ok(namespacesLeft(prefix).length > 0 || network.isolation === 'loopback');
    const host = network.hosts[0];
    await network.stop();
    assert.deepEqual(namespacesLeft(prefix), []);
    const links = spawnSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' }).stdout ?? '';
    assert.doesNotMatch(links, new RegExp(`adt${process.pid.toString(36).padStart(5, '0')}`));
    assert.deepEqual(processesMentioning(`acmedt-${process.pid}-`), []);
    assert.equal(routes(), routesBefore);
    await assert.rejects(host.readFile('/etc/hostname'));
  });

  it('a run killed outright is cleaned up by the next run', async () => {
    const pid = await startInChild('SIGKILL');
    assert.ok(leftovers(pid).length > 0);
    cleanStaleTestHosts();
    assert.deepEqual(leftovers(pid), []);
  });

  it('a run stopped by SIGTERM cleans up after itself', async () => {
    const pid = await startInChild('SIGTERM');
    assert.deepEqual(leftovers(pid), []);
  });

  it('falls back to loopback ports and folders when asked', async () => {
    const network = await startSshHosts(2, { isolation: 'loopback', certName: 'x' });
    try {
      assert.equal(network.isolation, 'loopback');
      const [one, two] = network.hosts;
      assert.equal(one.ip, '127.0.0.1');
      assert.notEqual(one.acmeDir, two.acmeDir);
      const served = await Promise.all(network.hosts.map((host) => host.servedCertificatePem('x')));
      assert.notEqual(served[0], served[1]);
      const knownHosts = parseKnownHosts(network.knownHosts);
      assert.ok(knownHosts.has(one.ip, one.port));
      const client = await connect({ host: one.ip, port: one.port, privateKey: network.clientKey, knownHosts });
      client.end();
    } finally {
      await network.stop();
    }
  });
});
