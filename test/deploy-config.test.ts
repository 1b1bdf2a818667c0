// Deployment inputs: every mistake a user can make is reported before any connection, naming the
// input (and the host) and saying how to fix it.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { InputError, type InputSource } from '../src/config/input-helper.js';
import { readDeployConfig, resolveRemotePath, type DeployConfig } from '../src/deploy/deploy-config.js';
import { parseKnownHosts } from '../src/deploy/known-hosts.js';
import { generateSshKey, hashKnownHostsName, publicKeyBlob, type SshKeyPair } from './support/ssh-host.js';

let clientKey: SshKeyPair;
let encryptedKey: SshKeyPair;
let hostKey: SshKeyPair;
let otherHostKey: SshKeyPair;
let rsaHostKey: SshKeyPair;
const PASSPHRASE = 'correct horse battery';

before(async () => {
  [clientKey, encryptedKey, hostKey, otherHostKey, rsaHostKey] = await Promise.all([
    generateSshKey({ type: 'ed25519' }),
    generateSshKey({ type: 'rsa', passphrase: PASSPHRASE }),
    generateSshKey({ type: 'ed25519' }),
    generateSshKey({ type: 'ecdsa' }),
    generateSshKey({ type: 'rsa' }),
  ]);
});

/** `name key-type key`, the way ssh-keyscan prints a host. */
function known(name: string, key: SshKeyPair = hostKey): string {
  const [type, blob] = key.publicKey.split(/\s+/);
  return `${name} ${type} ${blob}`;
}

function source(inputs: Record<string, string>): InputSource {
  return (name) => inputs[name] ?? '';
}

/** Inputs for a working deployment to `hosts`, every name trusted with hostKey. */
function deployInputs(hosts: string, names: string[], extra: Record<string, string> = {}): Record<string, string> {
  return {
    hosts,
    'ssh-private-key': clientKey.privateKey,
    'ssh-known-hosts': names.map((name) => known(name)).join('\n'),
    ...extra,
  };
}

async function read(inputs: Record<string, string>): Promise<DeployConfig> {
  return readDeployConfig(source(inputs));
}

/** Asserts an InputError for `input` whose message contains every fragment. */
async function assertInputError(inputs: Record<string, string>, input: string, ...fragments: (string | RegExp)[]): Promise<InputError> {
  let caught: unknown;
  try {
    await read(inputs);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof InputError, `expected an InputError for '${input}', got ${String(caught)}`);
  assert.equal(caught.input, input, caught.message);
  for (const fragment of fragments) {
    if (typeof fragment === 'string') assert.ok(caught.message.includes(fragment), `'${fragment}' not in: ${caught.message}`);
    else assert.match(caught.message, fragment);
  }
  return caught;
}

describe('deployment inputs', () => {
  it('with no hosts requires nothing and deploys nowhere', async () => {
    const config = await read({});
    assert.deepEqual(config.targets, []);
    assert.equal(config.mode, 'changed');
    assert.equal(config.verifyTls, true);
    assert.equal(config.concurrency, 32);
    assert.equal(config.timeoutMs, 30_000);
    assert.equal(config.privateKey, undefined);
    assert.equal(config.hostKeys.kind, 'known-hosts');
  });

  it('reads host lines with users, ports, IPv6 in brackets and bare, and the defaults', async () => {
    const hosts = [
      'web1.example.com',
      'deploy@web2.example.com:2222',
      '[2001:db8::1]:2222',
      'admin@[2001:DB8:0:0::2]',
      '2001:db8::3',
      '192.0.2.7, 192.0.2.8:2200',
      '# a comment line',
    ].join('\n');
    const names = ['web1.example.com', '[web2.example.com]:2222', '[2001:db8::1]:2222', '2001:db8::2', '2001:db8::3', '192.0.2.7', '[192.0.2.8]:2200'];
    const config = await read(deployInputs(hosts, names, { 'ssh-user': 'ops' }));
    assert.deepEqual(
      config.targets.map(({ host, port, user, label }) => ({ host, port, user, label })),
      [
        { host: 'web1.example.com', port: 22, user: 'ops', label: 'web1.example.com:22' },
        { host: 'web2.example.com', port: 2222, user: 'deploy', label: 'web2.example.com:2222' },
        { host: '2001:db8::1', port: 2222, user: 'ops', label: '[2001:db8::1]:2222' },
        { host: '2001:db8::2', port: 22, user: 'admin', label: '[2001:db8::2]:22' },
        { host: '2001:db8::3', port: 22, user: 'ops', label: '[2001:db8::3]:22' },
        { host: '192.0.2.7', port: 22, user: 'ops', label: '192.0.2.7:22' },
        { host: '192.0.2.8', port: 2200, user: 'ops', label: '192.0.2.8:2200' },
      ],
    );
    const [first] = config.targets;
    assert.equal(first.certPath, '/etc/ssl/acme/<name>/fullchain.pem');
    assert.equal(first.keyPath, '/etc/ssl/acme/<name>/privkey.pem');
    assert.equal(first.issuerPath, undefined);
    assert.equal(first.reloadCommand, undefined);
    assert.equal(first.verifyPort, 443);
  });

  it('applies ssh-port, the global paths, reload command and verify port to every host', async () => {
    const config = await read(
      deployInputs('a.example.com\nb.example.com:22', ['[a.example.com]:2022', 'b.example.com'], {
        'ssh-port': '2022',
        'remote-cert-path': '/srv/tls/<name>.crt',
        'remote-key-path': '/srv/tls/<name>.key',
        'remote-issuer-path': '/srv/tls/<name>.issuer.crt',
        'reload-command': 'systemctl reload nginx',
        'verify-port': '8443',
        'remote-owner': 'root:ssl-cert',
        deploy: 'always',
        'verify-tls': 'false',
        'deploy-concurrency': '2',
        'ssh-timeout': '5',
      }),
    );
    assert.deepEqual(
      config.targets.map((target) => target.port),
      [2022, 22],
    );
    for (const target of config.targets) {
      assert.equal(target.certPath, '/srv/tls/<name>.crt');
      assert.equal(target.keyPath, '/srv/tls/<name>.key');
      assert.equal(target.issuerPath, '/srv/tls/<name>.issuer.crt');
      assert.equal(target.reloadCommand, 'systemctl reload nginx');
      assert.equal(target.verifyPort, 8443);
    }
    assert.equal(config.remoteOwner, 'root:ssl-cert');
    assert.equal(config.mode, 'always');
    assert.equal(config.verifyTls, false);
    assert.equal(config.concurrency, 2);
    assert.equal(config.timeoutMs, 5000);
  });

  it('reads the YAML form with per-host overrides', async () => {
    const hosts = [
      '- host: web1.example.com',
      '  port: 2222',
      '  user: deploy',
      '  cert-path: /etc/nginx/tls/<name>.pem',
      '  key-path: /etc/nginx/tls/<name>.key',
      '  issuer-path: /etc/nginx/tls/<name>.issuer.pem',
      '  reload-command: docker exec nginx nginx -s reload',
      '  verify-port: 8443',
      "- host: '[2001:db8::1]:2200'",
      '- host: 192.0.2.10',
      '  port: "22"',
    ].join('\n');
    const config = await read(
      deployInputs(hosts, ['[web1.example.com]:2222', '[2001:db8::1]:2200', '192.0.2.10'], { 'reload-command': 'nginx -s reload' }),
    );
    const [web1, v6, plain] = config.targets;
    assert.deepEqual(web1, {
      host: 'web1.example.com',
      port: 2222,
      user: 'deploy',
      label: 'web1.example.com:2222',
      deploy: true,
      certPath: '/etc/nginx/tls/<name>.pem',
      keyPath: '/etc/nginx/tls/<name>.key',
      issuerPath: '/etc/nginx/tls/<name>.issuer.pem',
      reloadCommand: 'docker exec nginx nginx -s reload',
      verifyPort: 8443,
    });
    assert.equal(v6.label, '[2001:db8::1]:2200');
    assert.equal(v6.reloadCommand, 'nginx -s reload');
    assert.equal(v6.certPath, '/etc/ssl/acme/<name>/fullchain.pem');
    assert.equal(plain.port, 22);
    assert.equal(plain.user, 'root');
  });

  it('reads a YAML flow list too', async () => {
    const config = await read(deployInputs('[{host: a.example.com}, {host: b.example.com, port: 2222}]', ['a.example.com', '[b.example.com]:2222']));
    assert.deepEqual(config.targets.map((target) => target.label), ['a.example.com:22', 'b.example.com:2222']);
  });

  it('returns a frozen config', async () => {
    const config = await read(deployInputs('a.example.com', ['a.example.com']));
    assert.ok(Object.isFrozen(config));
    assert.ok(Object.isFrozen(config.targets));
    assert.ok(Object.isFrozen(config.targets[0]));
    assert.throws(() => {
      (config.targets[0] as { port: number }).port = 1;
    }, TypeError);
  });

  it('never deploys with deploy: never, and then needs no key (pull requests from forks have no secrets)', async () => {
    const config = await read({ hosts: 'a.example.com', deploy: 'never' });
    assert.equal(config.mode, 'never');
    assert.deepEqual(config.targets, []);
    await assertInputError({ hosts: 'a.example.com:99999', deploy: 'never' }, 'hosts', 'a.example.com:99999');
  });
});

describe('bad host lists', () => {
  for (const [entry, fragment] of [
    ['web1.example.com:', 'web1.example.com:'],
    ['web1.example.com:ssh', "port 'ssh'"],
    ['web 1.example.com', 'web 1.example.com'],
    ['[2001:db8::1', 'brackets'],
    ['[web1]:22:22', '[web1]:22:22'],
    ['2001:db8::zz', 'not an IPv6 address'],
    ['-oProxyCommand=x', 'not a host name'],
    ['bad user@web1.example.com', 'bad user'],
    ['web_1..example.com', 'web_1..example.com'],
  ] as const) {
    it(`refuses the line '${entry}'`, async () => {
      await assertInputError(deployInputs(entry, []), 'hosts', fragment, /Write `\[user@\]host\[:port\]`|user name/);
    });
  }

  it('refuses ports out of range, naming the host', async () => {
    await assertInputError(deployInputs('web1.example.com:65536', []), 'hosts', 'web1.example.com:65536', '1 to 65535');
    await assertInputError(deployInputs('[2001:db8::1]:0', []), 'hosts', '[2001:db8::1]:0');
    await assertInputError(deployInputs('- host: web1.example.com\n  port: 70000', []), 'hosts', 'web1.example.com', '70000');
    await assertInputError(deployInputs('- host: web1.example.com\n  verify-port: -1', []), 'hosts', 'web1.example.com', 'verify-port');
    await assertInputError(deployInputs('web1.example.com', [], { 'ssh-port': '0' }), 'ssh-port', '1 to 65535');
    await assertInputError(deployInputs('web1.example.com', [], { 'verify-port': '100000' }), 'verify-port');
  });

  it('refuses a host listed twice, however it is spelled', async () => {
    await assertInputError(deployInputs('web1.example.com\nWEB1.example.com:22', []), 'hosts', 'web1.example.com:22 is listed twice');
    await assertInputError(deployInputs('[2001:db8::1]:22\n2001:db8:0:0::1', []), 'hosts', '[2001:db8::1]:22 is listed twice');
    await assertInputError(deployInputs('- host: a.example.com\n- host: a.example.com\n  user: other', []), 'hosts', 'a.example.com:22');
  });

  it('refuses YAML that does not parse, naming the problem', async () => {
    await assertInputError(deployInputs('- host: a.example.com\n  port: [1', []), 'hosts', 'is not valid YAML');
    await assertInputError(deployInputs('- host: a.example.com\n  host: b.example.com', []), 'hosts', 'is not valid YAML');
    await assertInputError(deployInputs('- [a, b]', []), 'hosts', 'entry 1 is not a mapping');
    await assertInputError(deployInputs('- port: 22', []), 'hosts', 'entry 1 has no `host`');
    await assertInputError(deployInputs('- host: [2001:db8::1]', []), 'hosts', "quote bracketed IPv6 addresses");
    await assertInputError(deployInputs('host: a.example.com\nport: 22', []), 'hosts', 'YAML mapping, not a list', '- host:');
  });

  it('refuses an unknown YAML key, naming the key and the host and guessing the right one', async () => {
    const error = await assertInputError(
      deployInputs('- host: a.example.com\n- host: b.example.com\n  cert_path: /x/<name>.pem', []),
      'hosts',
      "host b.example.com has an unknown key 'cert_path'",
      "did you mean 'cert-path'?",
    );
    assert.ok(error.message.includes('Use only: host, port, user, cert-path, key-path, issuer-path, reload-command, verify-port'));
    await assertInputError(deployInputs('- host: a.example.com\n  reload: true', []), 'hosts', "'reload'", "did you mean 'reload-command'?");
    await assertInputError(deployInputs('- host: a.example.com\n  colour: blue', []), 'hosts', "'colour'");
  });

  it('refuses a YAML port that disagrees with the port in host', async () => {
    await assertInputError(deployInputs("- host: 'a.example.com:2222'\n  port: 22", []), 'hosts', 'port 2222 in `host` and 22 in `port`');
  });

  it('refuses a YAML value of the wrong type', async () => {
    await assertInputError(deployInputs('- host: a.example.com\n  reload-command: [a, b]', []), 'hosts', 'a.example.com', "'reload-command' must be a string");
  });
});

describe('bad remote paths', () => {
  const inputsWith = (extra: Record<string, string>) => deployInputs('web1.example.com', ['web1.example.com'], extra);

  it('refuses relative paths, naming the input', async () => {
    await assertInputError(inputsWith({ 'remote-cert-path': 'etc/ssl/<name>.pem' }), 'remote-cert-path', 'not absolute');
    await assertInputError(inputsWith({ 'remote-key-path': '~/key.pem' }), 'remote-key-path', 'not absolute');
    await assertInputError(inputsWith({ 'remote-issuer-path': 'issuer.pem' }), 'remote-issuer-path', 'not absolute');
  });

  it('refuses empty, relative and multi-line per-host paths, naming the host', async () => {
    await assertInputError(deployInputs('- host: web1.example.com\n  cert-path: ""', []), 'hosts', 'host web1.example.com:22: cert-path is empty');
    await assertInputError(deployInputs('- host: web1.example.com\n  key-path: key.pem', []), 'hosts', 'host web1.example.com:22: key-path', 'not absolute');
    await assertInputError(deployInputs('- host: web1.example.com\n  issuer-path: "/a\\nb"', []), 'hosts', 'web1.example.com:22', 'line break or NUL');
    await assertInputError(deployInputs('- host: web1.example.com\n  cert-path: "/a\\0b"', []), 'hosts', 'web1.example.com:22', 'line break or NUL');
  });

  it('refuses newline and NUL in the global paths', async () => {
    await assertInputError(inputsWith({ 'remote-cert-path': '/etc/ssl/a\n/etc/ssl/b' }), 'remote-cert-path', 'line break or NUL');
    await assertInputError(inputsWith({ 'remote-key-path': '/etc/ssl/a\0b' }), 'remote-key-path', 'line break or NUL');
  });

  it('refuses a folder, an unknown placeholder, and two files on one path', async () => {
    await assertInputError(inputsWith({ 'remote-cert-path': '/etc/ssl/acme/' }), 'remote-cert-path', 'names a folder');
    await assertInputError(inputsWith({ 'remote-cert-path': '/etc/ssl/<domain>.pem' }), 'remote-cert-path', "'<domain>'", 'Only <name> is replaced');
    await assertInputError(inputsWith({ 'remote-key-path': '/etc/ssl/acme/<name>/fullchain.pem' }), 'hosts', 'web1.example.com:22', 'same remote path');
  });

  it('replaces <name> in a remote path, and only with a safe name', async () => {
    assert.equal(resolveRemotePath('/etc/ssl/acme/<name>/fullchain.pem', 'example.com'), '/etc/ssl/acme/example.com/fullchain.pem');
    assert.equal(resolveRemotePath('/srv/<name>/<name>.pem', '_.example.com'), '/srv/_.example.com/_.example.com.pem');
    assert.equal(resolveRemotePath('/srv/fixed.pem', 'example.com'), '/srv/fixed.pem');
    assert.throws(() => resolveRemotePath('/srv/<name>.pem', '../etc'));
    assert.throws(() => resolveRemotePath('/srv/<name>.pem', '..'));
    assert.throws(() => resolveRemotePath('/srv/<name>.pem', ''));
    assert.throws(() => resolveRemotePath('/srv/<name>.pem', '*.example.com'));
  });
});

describe('bad keys and switches', () => {
  it('requires a private key when hosts are given', async () => {
    await assertInputError({ hosts: 'web1.example.com\nweb2.example.com:2222' }, 'ssh-private-key', 'web1.example.com:22, web2.example.com:2222', 'secrets.');
  });

  it('refuses a private key that cannot be read, without echoing it', async () => {
    const secret = 'not-a-key-but-a-secret-value';
    const error = await assertInputError(deployInputs('a.example.com', ['a.example.com'], { 'ssh-private-key': secret }), 'ssh-private-key', 'cannot be read');
    assert.ok(!error.message.includes(secret));
  });

  it('refuses a public key pasted as the private key', async () => {
    await assertInputError(deployInputs('a.example.com', ['a.example.com'], { 'ssh-private-key': clientKey.publicKey }), 'ssh-private-key', 'is a public key');
  });

  it('asks for the passphrase of an encrypted key, and refuses a wrong one', async () => {
    const inputs = deployInputs('a.example.com', ['a.example.com'], { 'ssh-private-key': encryptedKey.privateKey });
    await assertInputError(inputs, 'ssh-passphrase', 'is required');
    const error = await assertInputError({ ...inputs, 'ssh-passphrase': 'wrong horse' }, 'ssh-passphrase', 'wrong passphrase');
    assert.ok(!error.message.includes('wrong horse'));
    const config = await read({ ...inputs, 'ssh-passphrase': PASSPHRASE });
    assert.equal(config.passphrase, PASSPHRASE);
  });

  it('accepts a key with Windows line ends or escaped newlines from a secret store', async () => {
    const crlf = await read(deployInputs('a.example.com', ['a.example.com'], { 'ssh-private-key': clientKey.privateKey.replace(/\n/g, '\r\n') }));
    assert.equal(crlf.privateKey, clientKey.privateKey);
    const escaped = await read(deployInputs('a.example.com', ['a.example.com'], { 'ssh-private-key': clientKey.privateKey.trim().replace(/\n/g, '\\n') }));
    assert.equal(escaped.privateKey, clientKey.privateKey);
  });

  it('validates a given key even when there are no hosts', async () => {
    await assertInputError({ 'ssh-private-key': 'garbage' }, 'ssh-private-key');
  });

  it('refuses deploy, verify-tls and the numbers outside their sets', async () => {
    await assertInputError({ deploy: 'sometimes' }, 'deploy', 'changed, always, never');
    await assertInputError({ 'verify-tls': 'yes' }, 'verify-tls', 'true or false');
    await assertInputError({ 'deploy-concurrency': '0' }, 'deploy-concurrency', '1 to 256');
    await assertInputError({ 'deploy-concurrency': '257' }, 'deploy-concurrency');
    await assertInputError({ 'ssh-timeout': '1.5' }, 'ssh-timeout');
  });

  it('refuses a bad remote-owner and ssh-user', async () => {
    for (const owner of ['root:', 'a:b:c', '-R', 'us er', 'root;rm']) {
      await assertInputError({ 'remote-owner': owner }, 'remote-owner', 'user:group');
    }
    await assertInputError({ 'ssh-user': '-oProxyCommand' }, 'ssh-user');
  });
});

describe('host keys', () => {
  it('requires ssh-known-hosts or the insecure switch once a key is given', async () => {
    await assertInputError(
      { hosts: 'a.example.com', 'ssh-private-key': clientKey.privateKey },
      'ssh-known-hosts',
      'a.example.com:22',
      'ssh-keyscan',
      'ssh-insecure-ignore-host-key',
    );
    const insecure = await read({ hosts: 'a.example.com', 'ssh-private-key': clientKey.privateKey, 'ssh-insecure-ignore-host-key': 'true' });
    assert.equal(insecure.hostKeys.kind, 'insecure');
  });

  it('refuses the insecure switch together with known hosts', async () => {
    await assertInputError(
      deployInputs('a.example.com', ['a.example.com'], { 'ssh-insecure-ignore-host-key': 'true' }),
      'ssh-insecure-ignore-host-key',
      'also given',
    );
  });

  it('names a host missing from known_hosts and the lookup name ssh uses for its port', async () => {
    await assertInputError(
      deployInputs('a.example.com\nb.example.com:2222', ['a.example.com', 'b.example.com']),
      'ssh-known-hosts',
      'host b.example.com:2222 has no key',
      "'[b.example.com]:2222'",
      'ssh-keyscan -p 2222 b.example.com',
    );
    await assertInputError(deployInputs('[2001:db8::1]:2222', ['2001:db8::1']), 'ssh-known-hosts', '[2001:db8::1]:2222', "'[2001:db8::1]:2222'");
  });

  it('names a jump host missing from known_hosts', async () => {
    await assertInputError(
      deployInputs('a.example.com', ['a.example.com'], { 'ssh-jump-host': 'bastion@jump.example.com:2200' }),
      'ssh-known-hosts',
      'jump host jump.example.com:2200',
    );
    const config = await read(deployInputs('a.example.com', ['a.example.com', '[jump.example.com]:2200'], { 'ssh-jump-host': 'bastion@jump.example.com:2200' }));
    assert.deepEqual(config.jumpHost, { host: 'jump.example.com', port: 2200, user: 'bastion', label: 'jump.example.com:2200' });
    await assertInputError(deployInputs('a.example.com', ['a.example.com'], { 'ssh-jump-host': 'jump.example.com:0' }), 'ssh-jump-host', 'jump.example.com:0');
  });

  it('matches hashed, comma-separated and wildcard known_hosts entries', async () => {
    const knownHosts = [
      `${hashKnownHostsName('[hashed.example.com]:2222')} ${hostKey.publicKey.split(' ').slice(0, 2).join(' ')}`,
      known('alias.example.com,listed.example.com,192.0.2.5'),
      known('*.wild.example.com,!bad.wild.example.com'),
    ].join('\n');
    const config = await read({
      hosts: 'hashed.example.com:2222\nlisted.example.com\n192.0.2.5\nany.wild.example.com',
      'ssh-private-key': clientKey.privateKey,
      'ssh-known-hosts': knownHosts,
    });
    assert.equal(config.targets.length, 4);
    assert.equal(config.hostKeys.kind, 'known-hosts');
    if (config.hostKeys.kind === 'known-hosts') {
      assert.deepEqual(config.hostKeys.knownHosts.keysFor('hashed.example.com', 2222), [publicKeyBlob(hostKey.publicKey)]);
    }
    await assertInputError(
      { hosts: 'bad.wild.example.com', 'ssh-private-key': clientKey.privateKey, 'ssh-known-hosts': knownHosts },
      'ssh-known-hosts',
      'bad.wild.example.com:22',
    );
    await assertInputError(
      { hosts: 'hashed.example.com', 'ssh-private-key': clientKey.privateKey, 'ssh-known-hosts': knownHosts },
      'ssh-known-hosts',
      'hashed.example.com:22 has no key',
    );
  });

  it('refuses a host whose only entries are @cert-authority or @revoked', async () => {
    const inputs = (lines: string) => ({ hosts: 'a.example.com', 'ssh-private-key': clientKey.privateKey, 'ssh-known-hosts': lines });
    await assertInputError(inputs(`@cert-authority ${known('*.example.com')}`), 'ssh-known-hosts', '@cert-authority', 'not supported');
    await assertInputError(inputs(`${known('a.example.com')}\n@revoked ${known('*')}`), 'ssh-known-hosts', '@revoked');
  });

  it('refuses malformed known_hosts lines with their line number', async () => {
    const inputs = (lines: string) => ({ hosts: 'a.example.com', 'ssh-private-key': clientKey.privateKey, 'ssh-known-hosts': lines });
    await assertInputError(inputs(`# ok\n${known('a.example.com')}\na.example.com ssh-ed25519`), 'ssh-known-hosts', 'line 3');
    await assertInputError(inputs(hostKey.publicKey), 'ssh-known-hosts', 'line 1', 'no host name');
    await assertInputError(inputs(`a.example.com ssh-rsa ${hostKey.publicKey.split(' ')[1]}`), 'ssh-known-hosts', "'ssh-ed25519' but the line says 'ssh-rsa'");
    await assertInputError(inputs(`@trusted ${known('a.example.com')}`), 'ssh-known-hosts', "unknown marker '@trusted'");
    await assertInputError(inputs(`|1|abc|def ${hostKey.publicKey}`), 'ssh-known-hosts', 'hashed host');
  });
});

describe('known_hosts lookups', () => {
  it('returns the raw key blobs for a host, by port', async () => {
    const knownHosts = parseKnownHosts(
      [known('h.example.com'), known('h.example.com', otherHostKey), known('[h.example.com]:2222', rsaHostKey), ''].join('\r\n'),
    );
    assert.deepEqual(knownHosts.keysFor('h.example.com', 22), [publicKeyBlob(hostKey.publicKey), publicKeyBlob(otherHostKey.publicKey)]);
    assert.deepEqual(knownHosts.keysFor('H.EXAMPLE.COM', 2222), [publicKeyBlob(rsaHostKey.publicKey)]);
    assert.equal(knownHosts.has('h.example.com', 2200), false);
    assert.ok(knownHosts.verify('h.example.com', 22, publicKeyBlob(otherHostKey.publicKey)));
    assert.ok(!knownHosts.verify('h.example.com', 22, publicKeyBlob(rsaHostKey.publicKey)));
    assert.deepEqual(knownHosts.hostKeyAlgorithmsFor('h.example.com', 22), ['ssh-ed25519', 'ecdsa-sha2-nistp256']);
    assert.deepEqual(knownHosts.hostKeyAlgorithmsFor('h.example.com', 2222), ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa']);
  });

  it('looks IPv6 hosts up bare on port 22 and bracketed on other ports', async () => {
    const knownHosts = parseKnownHosts(`${known('2001:db8::1')}\n${known('[2001:db8::1]:2222', otherHostKey)}`);
    assert.deepEqual(knownHosts.keysFor('2001:db8::1', 22), [publicKeyBlob(hostKey.publicKey)]);
    assert.deepEqual(knownHosts.keysFor('2001:db8::1', 2222), [publicKeyBlob(otherHostKey.publicKey)]);
  });

  it('drops a revoked key but keeps the others', async () => {
    const knownHosts = parseKnownHosts(
      [known('h.example.com'), known('h.example.com', otherHostKey), `@revoked ${known('*', otherHostKey)}`].join('\n'),
    );
    assert.deepEqual(knownHosts.keysFor('h.example.com', 22), [publicKeyBlob(hostKey.publicKey)]);
  });

  it('matches ? wildcards and ignores comments and blank lines', async () => {
    const knownHosts = parseKnownHosts(`\n# comment\n   \n${known('web?.example.com')}`);
    assert.ok(knownHosts.has('web1.example.com', 22));
    assert.ok(!knownHosts.has('web10.example.com', 22));
  });
});
