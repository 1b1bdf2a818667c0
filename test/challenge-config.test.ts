// The challenge inputs: what each combination of `challenge`, names, hosts and DNS credentials means,
// and every combination that cannot work refused before any network call, naming the input and the fix.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { readConfig, type Config } from '../src/config/config.js';
import { InputError } from '../src/config/input-helper.js';
import { generateSshKey, type SshKeyPair } from './support/ssh-host.js';

let clientKey: SshKeyPair;
let hostKey: SshKeyPair;
before(async () => {
  [clientKey, hostKey] = await Promise.all([generateSshKey(), generateSshKey()]);
});

const DNS_CREDENTIALS = { ALICLOUD_ACCESS_KEY: 'LTAI5tTestKeyId0001', ALICLOUD_SECRET_KEY: 'secret' };

function inputs(extra: Record<string, string>): Record<string, string> {
  const [type, blob] = hostKey.publicKey.split(/\s+/);
  return {
    domains: 'www.example.com',
    email: 'ops@example.com',
    cache: 'false',
    challenge: 'http-01',
    hosts: 'web1.example.com\nweb2.example.com',
    'http-webroot': '/var/www/html',
    'ssh-private-key': clientKey.privateKey,
    'ssh-known-hosts': `web1.example.com,web2.example.com ${type} ${blob}`,
    ...extra,
  };
}

async function read(extra: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<Config> {
  const given = inputs(extra);
  return readConfig((name) => given[name] ?? '', env);
}

async function assertInputError(extra: Record<string, string>, env: NodeJS.ProcessEnv, input: string, ...fragments: RegExp[]): Promise<void> {
  await assert.rejects(
    () => read(extra, env),
    (error: unknown) => {
      assert.ok(error instanceof InputError, String(error));
      assert.equal(error.input, input, error.message);
      for (const fragment of fragments) assert.match(error.message, fragment);
      return true;
    },
  );
}

describe('challenge inputs', () => {
  it('defaults to dns-01, which still needs the DNS provider’s credentials', async () => {
    assert.equal((await read({ challenge: '' }, DNS_CREDENTIALS)).challenge, 'dns-01');
    await assertInputError({ challenge: '' }, {}, 'dns', /ALICLOUD_ACCESS_KEY/);
  });

  it('needs no DNS credentials for http-01, and gives every host the step-wide webroot', async () => {
    const config = await read({});
    assert.equal(config.challenge, 'http-01');
    assert.equal(config.dns, undefined);
    assert.deepEqual(config.deploy.targets.map((target) => [target.label, target.webroot, target.deploy]), [
      ['web1.example.com:22', '/var/www/html', true],
      ['web2.example.com:22', '/var/www/html', true],
    ]);
    assert.ok((await read({}, DNS_CREDENTIALS)).dns, 'credentials, when given, configure DNS-01 for wildcards');
  });

  it('reads a per-host webroot and deploy: false from the YAML form', async () => {
    const hosts = ['- host: web1.example.com', '  webroot: /srv/www/', '- host: web2.example.com', '  deploy: false'].join('\n');
    const config = await read({ hosts });
    assert.deepEqual(config.deploy.targets.map((target) => [target.webroot, target.deploy]), [
      ['/srv/www', true],
      ['/var/www/html', false],
    ]);
  });

  it('keeps the hosts for the challenge with deploy: never', async () => {
    const config = await read({ deploy: 'never' });
    assert.equal(config.deploy.targets.length, 2);
    await assertInputError({ deploy: 'never', 'ssh-private-key': '' }, {}, 'ssh-private-key', /is required/);
  });

  it('refuses a wildcard with http-01 or auto when no DNS provider is configured', async () => {
    for (const challenge of ['http-01', 'auto']) {
      await assertInputError(
        { challenge, domains: 'example.com, *.example.com' },
        {},
        'challenge',
        new RegExp(`is ${challenge}, but \\*\\.example\\.com is a wildcard, which only dns-01 can validate`),
        /ALICLOUD_ACCESS_KEY/,
      );
    }
    assert.equal((await read({ domains: 'example.com, *.example.com' }, DNS_CREDENTIALS)).challenge, 'http-01');
  });

  it('refuses http-01 with no hosts, or no webroot anywhere', async () => {
    await assertInputError({ hosts: '' }, {}, 'hosts', /is empty, but challenge http-01 writes the HTTP-01 token/);
    await assertInputError({ 'http-webroot': '' }, {}, 'http-webroot', /no host in hosts has a `webroot`/, /nginx `root`/);
    await assertInputError({ challenge: 'auto', 'http-webroot': '' }, {}, 'http-webroot', /nowhere to write/);
    assert.equal((await read({ challenge: 'auto', 'http-webroot': '' }, DNS_CREDENTIALS)).challenge, 'auto');
  });

  it('refuses a challenge-only host that would take no part', async () => {
    const idle = ['- host: web1.example.com', '- host: web2.example.com', '  deploy: false'].join('\n');
    await assertInputError({ hosts: idle, 'http-webroot': '', challenge: 'auto' }, DNS_CREDENTIALS, 'hosts', /web2\.example\.com:22 has `deploy: false` but no webroot/);
    await assertInputError({ hosts: idle, challenge: 'dns-01' }, DNS_CREDENTIALS, 'hosts', /`deploy: false` but challenge is dns-01/);
  });

  it('refuses bad values, naming the input', async () => {
    await assertInputError({ challenge: 'tls-alpn-01' }, {}, 'challenge', /'tls-alpn-01' is not supported/, /dns-01, http-01, auto/);
    await assertInputError({ 'http-webroot': 'var/www' }, {}, 'http-webroot', /'var\/www' is not absolute/);
    await assertInputError({ hosts: '- host: web1.example.com\n  webroot: ../www' }, {}, 'hosts', /host web1\.example\.com:22: webroot '\.\.\/www' is not absolute/);
    await assertInputError({ hosts: '- host: web1.example.com\n  deploy: "no"' }, {}, 'hosts', /'deploy' must be true or false/);
  });
});
