// The SSH layer on its own, against a real sshd: commands, their environment and time limits, host
// key policies, and the file replacement that rollbacks depend on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ssh2, { type SFTPWrapper } from 'ssh2';
import type { DeployConfig } from '../src/deploy/deploy-config.js';
import { readRemoteFile, replaceFiles } from '../src/deploy/remote-files.js';
import { resolveOwner } from '../src/deploy/remote-owner.js';
import { SshSession, warnIfInsecure } from '../src/deploy/ssh-session.js';
import { deployConfigFor } from './support/deploy-fixtures.js';
import { memoryLog } from './support/memory-log.js';
import { waitFor } from './support/ports.js';
import { generateSshKey, startSshHosts, type TestHost, type TestNetwork } from './support/ssh-host.js';

describe('an SSH session to a test host', () => {
  let network: TestNetwork;
  let host: TestHost;
  let config: DeployConfig;
  let session: SshSession;
  const log = memoryLog();

  before(async () => {
    network = await startSshHosts(1);
    host = network.hosts[0];
    config = await deployConfigFor(network);
    session = await SshSession.open(config.targets[0], config, log);
  });
  after(async () => {
    session?.close();
    await network?.stop();
  });

  it('runs a command and reports its exit code and both outputs', async () => {
    const result = await session.exec('echo out; echo err >&2; exit 7', { timeoutMs: 5000 });
    assert.deepEqual(result, { code: 7, stdout: 'out\n', stderr: 'err\n' });
  });

  it('exports variables literally, quotes, dollars and backquotes included', async () => {
    const value = "it's $HOME `id` \\n \"x\"";
    const result = await session.exec('printf %s "$LEGO_CERT_PATH"', { env: { LEGO_CERT_PATH: value }, timeoutMs: 5000 });
    assert.equal(result.stdout, value);
  });

  it('kills a command that outlives the timeout', async () => {
    const started = Date.now();
    await assert.rejects(session.exec('sleep 37', { timeoutMs: 300 }), /`sleep 37` on .* did not finish within 0\.3 s/);
    assert.ok(Date.now() - started < 3000);
    const running = async () => (await host.exec('ps -eo args')).stdout.split('\n').includes('sleep 37');
    await waitFor(async () => !(await running()), {
      timeoutMs: 5000,
      what: 'the timed-out command to be gone',
    });
    // The session stays usable for the rollback that follows a timed-out reload.
    assert.equal((await session.exec('echo still here', { timeoutMs: 5000 })).stdout, 'still here\n');
  });

  it('looks up remote-owner names on the host', async () => {
    const run = (command: string) => session.exec(command, { timeoutMs: 5000 });
    assert.deepEqual(await resolveOwner('nobody:nogroup', run), { uid: 65534, gid: 65534, spec: 'nobody:nogroup' });
    assert.deepEqual(await resolveOwner('0', run), { uid: 0, spec: '0' });
    await assert.rejects(resolveOwner('no-such-user-x', run), /remote-owner: user 'no-such-user-x' does not exist on the host/);
    await assert.rejects(resolveOwner("nobody:no'group", run), /group 'no'group' does not exist/);
  });

  it('derives an encrypted login key once for all its connections, not at each', async (t) => {
    const passphrase = 'correct horse battery';
    const key = await generateSshKey({ type: 'ed25519', passphrase });
    await network.authorize(key.publicKey);
    const encrypted = await deployConfigFor(network, { inputs: { 'ssh-private-key': key.privateKey, 'ssh-passphrase': passphrase } });
    // bcrypt on every parse: what ssh2 would do at every connection given the key as text.
    const parse = t.mock.method(ssh2.utils, 'parseKey');
    const sessions = await Promise.all([1, 2, 3].map(() => SshSession.open(encrypted.targets[0], encrypted, log)));
    try {
      for (const each of sessions) assert.equal((await each.exec('echo in', { timeoutMs: 5000 })).stdout, 'in\n');
      assert.equal(parse.mock.callCount(), 1);
    } finally {
      for (const each of sessions) each.close();
    }
  });

  it('names the user and authorized_keys when the host refuses the key', async () => {
    const stranger = await generateSshKey();
    const refused = await deployConfigFor(network, { inputs: { 'ssh-private-key': stranger.privateKey } });
    await assert.rejects(SshSession.open(refused.targets[0], refused, log), /refused the SSH key for user root \(is its public half in ~root\/\.ssh\/authorized_keys\?\)/);
  });

  it('connects without host key checks only in insecure mode, and says so', async () => {
    const insecureLog = memoryLog();
    const insecure = { ...config, hostKeys: { kind: 'insecure' as const } };
    warnIfInsecure(insecure.hostKeys, insecureLog);
    const unchecked = await SshSession.open(config.targets[0], insecure, insecureLog);
    unchecked.close();
    assert.match(insecureLog.text(), /^warning: ssh-insecure-ignore-host-key is true: SSH host keys are NOT checked/m);
    assert.match(insecureLog.text(), /Host key of .* not checked .*: SHA256:/);
    // Reading the hosts for adoption and deploying both connect: the warning is given once.
    warnIfInsecure(insecure.hostKeys, insecureLog);
    assert.equal(insecureLog.lines.filter((line) => line.includes('SSH host keys are NOT checked')).length, 1);
  });

  describe('replacing files', () => {
    const dir = () => `${host.acmeDir}/replace`;
    const tree = async () => (await host.exec(`find '${host.acmeDir}' -printf '%p %m %U %G %i %s\\n' | sort`)).stdout;
    const files = () => [
      { path: `${dir()}/a/b/cert.pem`, data: Buffer.from('new cert\n'), mode: 0o644 },
      { path: `${dir()}/a/b/key.pem`, data: Buffer.from('new key\n'), mode: 0o600 },
    ];

    it('creates missing folders, and a restore removes everything it added', async () => {
      const sftp = await session.sftp();
      const before = await tree();
      const replacement = await replaceFiles(sftp, files());
      assert.equal((await host.stat(`${dir()}/a`)).mode, 0o755);
      assert.equal((await host.stat(`${dir()}/a/b/key.pem`)).mode, 0o600);
      assert.equal((await readRemoteFile(sftp, `${dir()}/a/b/cert.pem`))?.toString(), 'new cert\n');
      await replacement.restore();
      assert.equal(await tree(), before);
    });

    it('keeps the same inode, mode and owner through a restore', async () => {
      await host.writeFile(`${dir()}/a/b/cert.pem`, 'old cert\n', 0o640);
      await host.writeFile(`${dir()}/a/b/key.pem`, 'old key\n', 0o400);
      await host.exec(`chown nobody:nogroup '${dir()}/a/b/key.pem'`);
      const before = await tree();
      const replacement = await replaceFiles(await session.sftp(), files());
      assert.equal((await host.readFile(`${dir()}/a/b/key.pem`)).toString(), 'new key\n');
      await replacement.restore();
      assert.equal(await tree(), before);
    });

    it('keeps the replaced files as .acme-deploy.bak once committed', async () => {
      const replacement = await replaceFiles(await session.sftp(), files());
      await replacement.commit();
      assert.equal((await host.readFile(`${dir()}/a/b/key.pem.acme-deploy.bak`)).toString(), 'old key\n');
      assert.equal((await host.stat(`${dir()}/a/b/key.pem.acme-deploy.bak`)).mode, 0o400);
      const names = (await host.exec(`ls -A '${dir()}/a/b'`)).stdout.split('\n').filter(Boolean).sort();
      assert.deepEqual(names, ['cert.pem', 'cert.pem.acme-deploy.bak', 'key.pem', 'key.pem.acme-deploy.bak']);
    });

    it('works on servers without the OpenSSH rename, hard link and fsync extensions', async () => {
      const sftp = withoutOpenSshExtensions(await session.sftp());
      await host.writeFile(`${dir()}/a/b/cert.pem`, 'old cert\n', 0o640);
      const before = await tree();
      const replacement = await replaceFiles(sftp, files());
      assert.equal((await host.readFile(`${dir()}/a/b/cert.pem`)).toString(), 'new cert\n');
      await replacement.restore();
      assert.equal(await tree(), before);
      await (await replaceFiles(sftp, files())).commit();
      assert.equal((await host.readFile(`${dir()}/a/b/cert.pem.acme-deploy.bak`)).toString(), 'old cert\n');
    });

    it('leaves the host untouched when a file cannot be written', async () => {
      const before = await tree();
      const broken = [...files(), { path: `${dir()}/a/b/cert.pem/inside`, data: Buffer.from('x'), mode: 0o644 }];
      await assert.rejects(replaceFiles(await session.sftp(), broken), /cert\.pem exists and is not a folder/);
      assert.equal(await tree(), before);
    });
  });
});

/** The SFTP channel as a server without OpenSSH's extensions would offer it (ssh2 refuses to send them). */
function withoutOpenSshExtensions(sftp: SFTPWrapper): SFTPWrapper {
  return new Proxy(sftp, {
    get(target, property, receiver) {
      if (typeof property === 'string' && property.startsWith('ext_openssh_')) {
        return () => {
          throw new Error('Server does not support this extended request');
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
