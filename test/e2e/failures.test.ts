// What a failed run leaves behind: nothing half-written, no TXT record, and a message that says why.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startAliDnsServer } from '../doubles/alidns-server.js';
import { startChallTestSrv, startPebble, type RunningChallTestSrv } from '../support/pebble.js';
import { assertSucceeded, runAction } from '../support/run-action.js';
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET, ZONES, startCoreFixture, type CoreFixture } from './core-fixture.js';

let fx: CoreFixture;
before(async () => {
  fx = await startCoreFixture();
});
after(async () => {
  await fx?.stop();
});

describe('failed runs', () => {
  it('a challenge the CA cannot validate fails the run and removes every TXT record it added', async () => {
    // The double publishes into a DNS server pebble does not ask: our propagation check passes,
    // pebble's validation fails.
    let elsewhere: RunningChallTestSrv | undefined;
    let dns: Awaited<ReturnType<typeof startAliDnsServer>> | undefined;
    try {
      elsewhere = await startChallTestSrv();
      dns = await startAliDnsServer({
        accessKeys: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET },
        zones: ZONES,
        challtestsrv: { managementUrl: elsewhere.managementUrl },
      });
      const state = fx.newStatePath();
      const run = await fx.run(
        fx.inputs(state, { 'alidns-endpoint': dns.endpoint, 'dns-resolvers': elsewhere.dnsAddress }),
      );
      assert.notEqual(run.exitCode, 0);
      assert.match(run.log, /could not validate (\*\.)?example\.com/);
      assert.ok(dns.requests.some((request) => request.Action === 'AddDomainRecord'));
      assert.deepEqual(dns.records().filter((record) => record.Type === 'TXT'), []);
      assert.ok(!existsSync(join(state, 'certificates', 'example.com.crt')));
      // The account survives the failed order, so the next try does not register again.
      assert.ok(existsSync(join(state, 'accounts')));
    } finally {
      await dns?.stop();
      await elsewhere?.stop();
    }
  });

  it('a TXT record that never becomes visible times out, names the record, and is removed', async () => {
    const dns = await startAliDnsServer({ accessKeys: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET }, zones: ZONES });
    try {
      const run = await fx.run(
        fx.inputs(fx.newStatePath(), { 'alidns-endpoint': dns.endpoint, 'dns-propagation-timeout': '2' }),
      );
      assert.notEqual(run.exitCode, 0);
      assert.match(run.log, /_acme-challenge\.example\.com/);
      assert.deepEqual(dns.records().filter((record) => record.Type === 'TXT'), []);
    } finally {
      await dns.stop();
    }
  });

  it('refuses to create an account without accept-tos and links the CA’s terms', async () => {
    const state = fx.newStatePath();
    const calls = fx.dns.requests.length;
    const run = await fx.run(fx.inputs(state, { 'accept-tos': 'false' }));
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, /Input 'accept-tos'/);
    assert.match(run.log, /data:text\/plain|https?:\/\//, 'the terms are linked');
    assert.equal(fx.dns.requests.length, calls);
    assert.ok(!existsSync(state));
  });

  it('survives a CA that rejects many nonces (badNonce is retried)', async () => {
    const pebble = await startPebble({ nonceRejectPercent: 40 });
    const dns = await startAliDnsServer({
      accessKeys: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET },
      zones: ZONES,
      challtestsrv: { managementUrl: pebble.challtestsrv.managementUrl },
    });
    try {
      const run = await fx.run({
        ...fx.inputs(fx.newStatePath()),
        server: pebble.directoryUrl,
        'ca-certificates': pebble.caCertPath,
        'dns-resolvers': pebble.challtestsrv.dnsAddress,
        'alidns-endpoint': dns.endpoint,
      });
      assertSucceeded(run);
      assert.equal(run.outputs.result, 'issued');
    } finally {
      await dns.stop();
      await pebble.stop();
    }
  });
});

describe('bad input', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bad-input-'));
  const notACsr = join(scratch, 'not-a-csr.pem');
  const sshKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  writeFileSync(notACsr, 'hello');

  const cases: Array<[string, Record<string, string>, RegExp, Record<string, string | undefined>?]> = [
    ['domains', { domains: '' }, /Input 'domains': is required/],
    ['domains', { domains: 'a..example.com' }, /empty label/],
    ['domains', { domains: 'bad_name.example.com' }, /invalid label/],
    ['domains', { domains: 'www.*.example.com' }, /leftmost/],
    ['domains', { domains: `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.example.com` }, /253/],
    ['domains', { domains: 'example.com,example.com' }, /listed twice/],
    ['email', { email: '' }, /Input 'email': is required/],
    ['email', { email: 'not-an-address' }, /not an e-mail address/],
    ['server', { server: 'letsencrypt-stage' }, /not a known shortcut/],
    ['server', { server: 'http://acme.example.com/directory' }, /does not use https/],
    ['key-type', { 'key-type': 'ed448' }, /Use one of: ec256/],
    ['key-type', { 'key-type': 'ed25519' }, /ed25519 is refused: CAs do not advertise Ed25519 certificates and Let’s Encrypt does not issue them/],
    ['profile', { domains: 'example.com, 192.0.2.10' }, /Input 'profile': is empty but domains holds the IP address 192\.0\.2\.10, which CAs issue only under a profile that allows IP addresses\. Set profile: .*shortlived/],
    ['challenge', { domains: '2001:DB8::1', profile: 'shortlived' }, /Input 'challenge': is dns-01, but 2001:db8::1 is an IP address, which only http-01 can validate\. Set challenge: http-01/],
    ['csr', { domains: '', csr: join(scratch, 'missing.csr') }, /cannot read/],
    ['csr', { domains: '', csr: notACsr }, /not a valid certificate signing request/],
    ['renew-days', { 'renew-days': '0' }, /positive whole number/],
    ['renew-days', { 'renew-days': 'soon' }, /positive whole number/],
    ['force-renew', { 'force-renew': 'yes' }, /not a boolean/],
    ['dns', { dns: 'cloudflare' }, /Use one of: alidns/],
    ['dns-ttl', { 'dns-ttl': '-5' }, /whole number/],
    ['alidns-endpoint', { 'alidns-endpoint': 'http://alidns.example.com' }, /does not use https/],
    ['dns', {}, /ALICLOUD_ACCESS_KEY/, { ALICLOUD_ACCESS_KEY: undefined, ALICLOUD_SECRET_KEY: undefined }],
    ['ssh-private-key', { hosts: 'web1.example.com' }, /is required to deploy/],
    ['ssh-known-hosts', { hosts: 'web1.example.com', 'ssh-private-key': sshKey }, /web1\.example\.com/],
    ['hosts', { hosts: '- host: web1.example.com\n  cert-pth: /etc/ssl/x.pem', 'ssh-private-key': sshKey }, /cert-path/],
    ['hosts', { hosts: 'web1.example.com:70000', 'ssh-private-key': sshKey }, /70000/],
    ['remote-cert-path', { hosts: 'web1.example.com', 'remote-cert-path': 'relative/fullchain.pem' }, /absolute/],
    ['deploy', { deploy: 'sometimes' }, /Use one of/],
    ['verify-tls', { 'verify-tls': 'maybe' }, /not a boolean/],
    ['state-passphrase', { cache: 'true' }, /openssl rand/],
  ];

  for (const [input, inputs, message, env] of cases) {
    it(`${input} = ${JSON.stringify(inputs[input] ?? Object.values(inputs)[0] ?? '(credentials unset)').slice(0, 40)} fails before any network call`, async () => {
      const state = fx.newStatePath();
      const calls = fx.dns.requests.length;
      const run = await runAction({ inputs: fx.inputs(state, inputs), env: { ...fx.credentials, ...env } });
      assert.notEqual(run.exitCode, 0);
      assert.match(run.log, new RegExp(`Input '${input}'`));
      assert.match(run.log, message);
      assert.equal(fx.dns.requests.length, calls, 'no DNS API call');
      assert.ok(!existsSync(state), 'nothing written');
    });
  }
});

describe('external account binding', () => {
  const KID = 'kid-ops';
  const HMAC = 'zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W';

  it('registers with eab-kid and eab-hmac-key at a CA that requires them, and fails clearly without', async () => {
    const pebble = await startPebble({ externalAccountKeys: { [KID]: HMAC } });
    const dns = await startAliDnsServer({
      accessKeys: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET },
      zones: ZONES,
      challtestsrv: { managementUrl: pebble.challtestsrv.managementUrl },
    });
    try {
      const inputs = (extra: Record<string, string>) => ({
        ...fx.inputs(fx.newStatePath()),
        server: pebble.directoryUrl,
        'ca-certificates': pebble.caCertPath,
        'dns-resolvers': pebble.challtestsrv.dnsAddress,
        'alidns-endpoint': dns.endpoint,
        ...extra,
      });
      const without = await fx.run(inputs({}));
      assert.notEqual(without.exitCode, 0);
      assert.match(without.log, /requires external account binding: set the inputs eab-kid and eab-hmac-key/);

      const run = await fx.run(inputs({ 'eab-kid': KID, 'eab-hmac-key': HMAC }));
      assertSucceeded(run);
      assert.equal(run.outputs.result, 'issued');
      const visible = run.log.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
      assert.ok(!visible.includes(HMAC), 'the HMAC key is never printed');
    } finally {
      await dns.stop();
      await pebble.stop();
    }
  });

  it('eab-kid without eab-hmac-key is refused before any network call', async () => {
    const state = fx.newStatePath();
    const run = await fx.run(fx.inputs(state, { 'eab-kid': KID }));
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, /Input 'eab-hmac-key'/);
    assert.ok(!existsSync(state));
  });
});
