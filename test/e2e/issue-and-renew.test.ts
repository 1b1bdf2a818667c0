// The core job, run as a runner runs it: dist/index.js against real pebble and the AliDNS double.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { selfSignedCertificate } from '../support/certificates.js';
import { assertSucceeded } from '../support/run-action.js';
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET, startCoreFixture, type CoreFixture } from './core-fixture.js';

const DAY = 86_400_000;

let fx: CoreFixture;
before(async () => {
  fx = await startCoreFixture();
});
after(async () => {
  await fx?.stop();
});

function leaf(statePath: string, name: string): X509Certificate {
  return new X509Certificate(readFileSync(join(statePath, 'certificates', `${name}.crt`)));
}

function accountJson(statePath: string): { email: string; registration: { uri: string; body: { status: string } } } {
  const dir = fx.accountDir(statePath);
  return JSON.parse(readFileSync(join(dir, 'account.json'), 'utf8'));
}

describe('issuing and renewing', () => {
  it('issues an apex + wildcard certificate into a lego-layout folder and leaves no TXT record', async () => {
    const state = fx.newStatePath();
    const run = await fx.run(fx.inputs(state));
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'issued');
    assert.equal(run.outputs['certificate-name'], 'example.com');
    assert.equal(run.outputs.domains, 'example.com,*.example.com');
    assert.equal(run.outputs['certificate-path'], join(state, 'certificates', 'example.com.crt'));
    assert.equal(run.outputs['key-path'], join(state, 'certificates', 'example.com.key'));

    const cert = leaf(state, 'example.com');
    assert.equal(cert.subjectAltName, 'DNS:example.com, DNS:*.example.com');
    assert.equal(run.outputs.serial, cert.serialNumber.toUpperCase());
    assert.equal(run.outputs['fingerprint-sha256'], cert.fingerprint256);
    assert.equal(run.outputs['not-after'], new Date(cert.validTo).toISOString());
    assert.ok(Number(run.outputs['days-left']) > 300);

    // The chain verifies up to pebble's root of this start.
    const issuer = new X509Certificate(readFileSync(join(state, 'certificates', 'example.com.issuer.crt')));
    assert.ok(cert.verify(issuer.publicKey));
    const root = new X509Certificate(await fx.pebble.rootCertificatePem());
    assert.ok(issuer.verify(root.publicKey) || issuer.fingerprint256 === root.fingerprint256);

    const key = readFileSync(join(state, 'certificates', 'example.com.key'), 'utf8');
    assert.match(key, /^-----BEGIN EC PRIVATE KEY-----/);
    // pebble finalizes asynchronously: the URL comes from the final order, as lego records it.
    const meta = JSON.parse(readFileSync(join(state, 'certificates', 'example.com.json'), 'utf8'));
    assert.equal(meta.domain, 'example.com');
    assert.match(meta.certUrl, /^https:\/\/.+\/certZ?\//i);
    assert.equal(meta.certStableUrl, meta.certUrl);
    for (const file of ['example.com.crt', 'example.com.key', 'example.com.issuer.crt', 'example.com.json']) {
      assert.equal(statSync(join(state, 'certificates', file)).mode & 0o777, 0o600, file);
    }
    assert.equal(statSync(join(state, 'certificates')).mode & 0o777, 0o700);
    const account = accountJson(state);
    assert.equal(account.email, 'ops@example.com');
    assert.equal(account.registration.body.status, 'valid');
    assert.deepEqual(fx.txtRecords(), []);
  });

  it('does nothing on the next run: no order, no DNS API call', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(fx.inputs(state)));
    const calls = fx.dns.requests.length;
    const serial = leaf(state, 'example.com').serialNumber;
    const run = await fx.run(fx.inputs(state));
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'unchanged');
    assert.equal(fx.dns.requests.length, calls);
    assert.equal(leaf(state, 'example.com').serialNumber, serial);
  });

  it('reissues when the names change, and renews on force-renew with the same account', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(fx.inputs(state)));
    const uri = accountJson(state).registration.uri;

    const changed = await fx.run(fx.inputs(state, { domains: 'example.com\nwww.example.com' }));
    assertSucceeded(changed);
    assert.equal(changed.outputs.result, 'issued');
    assert.equal(leaf(state, 'example.com').subjectAltName, 'DNS:example.com, DNS:www.example.com');

    const before = leaf(state, 'example.com').serialNumber;
    const keyBefore = readFileSync(join(state, 'certificates', 'example.com.key'), 'utf8');
    const forced = await fx.run(fx.inputs(state, { domains: 'example.com\nwww.example.com', 'force-renew': 'true' }));
    assertSucceeded(forced);
    assert.equal(forced.outputs.result, 'renewed');
    assert.notEqual(leaf(state, 'example.com').serialNumber, before);
    assert.notEqual(readFileSync(join(state, 'certificates', 'example.com.key'), 'utf8'), keyBefore, 'a fresh key by default');
    assert.equal(accountJson(state).registration.uri, uri, 'the account is reused');
    assert.deepEqual(fx.txtRecords(), []);
  });

  it('uses LEGO_PATH when the path input is empty, as lego does', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(fx.inputs(state)));
    const run = await fx.run(fx.inputs('', {}), { LEGO_PATH: state });
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'unchanged');
    assert.equal(run.outputs['certificate-path'], join(state, 'certificates', 'example.com.crt'));
  });

  it('keeps the key on renewal with reuse-key', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(fx.inputs(state)));
    const keyBefore = readFileSync(join(state, 'certificates', 'example.com.key'), 'utf8');
    assertSucceeded(await fx.run(fx.inputs(state, { 'force-renew': 'true', 'reuse-key': 'true' })));
    assert.equal(readFileSync(join(state, 'certificates', 'example.com.key'), 'utf8'), keyBefore);
  });

  it('issues with an RSA key, and the account key is RSA too', async () => {
    const state = fx.newStatePath();
    const run = await fx.run(fx.inputs(state, { domains: 'rsa.example.co.uk', 'key-type': 'rsa2048' }));
    assertSucceeded(run);
    assert.match(readFileSync(join(state, 'certificates', 'rsa.example.co.uk.key'), 'utf8'), /^-----BEGIN RSA PRIVATE KEY-----/);
    assert.equal(leaf(state, 'rsa.example.co.uk').publicKey.asymmetricKeyType, 'rsa');
    const accountDir = fx.accountDir(state);
    assert.match(readFileSync(join(accountDir, 'keys', 'ops@example.com.key'), 'utf8'), /^-----BEGIN RSA PRIVATE KEY-----/);
    // The zone of a name under a multi-label public suffix is found by matching AliDNS's zone list.
    assert.ok(fx.dns.requests.some((request) => request.Action === 'AddDomainRecord'));
  });

  it('issues for an internationalised domain name, naming the files in punycode', async () => {
    const state = fx.newStatePath();
    const run = await fx.run(fx.inputs(state, { domains: '例子.中国,*.例子.中国' }));
    assertSucceeded(run);
    assert.equal(run.outputs['certificate-name'], 'xn--fsqu00a.xn--fiqs8s');
    assert.ok(existsSync(join(state, 'certificates', 'xn--fsqu00a.xn--fiqs8s.crt')));
  });

  it('issues for a user CSR without writing any private key', async () => {
    const state = fx.newStatePath();
    const dir = fx.newStatePath() + '-csr';
    execFileSync('mkdir', ['-p', dir]);
    execFileSync('openssl', [
      'req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
      '-keyout', join(dir, 'csr.key'), '-out', join(dir, 'request.der'), '-outform', 'DER',
      '-subj', '/CN=csr.example.com', '-addext', 'subjectAltName=DNS:csr.example.com,DNS:www.csr.example.com',
    ], { stdio: 'ignore' });
    const run = await fx.run(fx.inputs(state, { domains: '', csr: join(dir, 'request.der') }));
    assertSucceeded(run);
    assert.equal(run.outputs['certificate-name'], 'csr.example.com');
    assert.equal(run.outputs['key-path'], '');
    assert.ok(!existsSync(join(state, 'certificates', 'csr.example.com.key')));
    const cert = leaf(state, 'csr.example.com');
    const csrKey = execFileSync('openssl', ['pkey', '-in', join(dir, 'csr.key'), '-pubout']).toString();
    assert.equal(cert.publicKey.export({ type: 'spki', format: 'pem' }).toString(), csrKey);
  });

  it('registers again when the CA no longer knows the stored account', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(fx.inputs(state)));
    const account = accountJson(state);
    // Point the stored registration at an account pebble never created.
    const file = join(fx.accountDir(state), 'account.json');
    const gone = { ...account, registration: { ...account.registration, uri: account.registration.uri.replace(/[^/]+$/, 'ffffffffffffffff') } };
    execFileSync('sh', ['-c', `cat > '${file}'`], { input: JSON.stringify(gone) });
    const run = await fx.run(fx.inputs(state, { 'force-renew': 'true' }));
    assertSucceeded(run);
    assert.match(run.log, /no longer knows account/);
    assert.equal(run.outputs.result, 'renewed');
  });

  it('never prints the AliDNS secret, and masks the AccessKey ID', async () => {
    const run = await fx.run(fx.inputs(fx.newStatePath(), { 'force-renew': 'true' }));
    assertSucceeded(run);
    const visible = run.log.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    assert.ok(!visible.includes(ACCESS_KEY_SECRET));
    assert.ok(run.log.includes(`::add-mask::${ACCESS_KEY_SECRET}`), 'the secret is registered with the runner');
    assert.ok(run.log.includes(`::add-mask::${ACCESS_KEY_ID}`), 'the AccessKey ID too');
  });
});

describe('accounts and expiry', () => {
  it('reuses an account kept in lego v5’s layout (per-key-type folder, PKCS#8 key)', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(fx.inputs(state)));
    const dir = fx.accountDir(state);
    const v4 = accountJson(state);
    const key = createPrivateKey(readFileSync(join(dir, 'keys', 'ops@example.com.key')));
    rmSync(join(dir, 'keys'), { recursive: true });
    rmSync(join(dir, 'account.json'));
    mkdirSync(join(dir, 'EC256'), { mode: 0o700 });
    writeFileSync(join(dir, 'EC256', 'ops@example.com.key'), key.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(join(dir, 'EC256', 'account.json'), JSON.stringify({ id: 'ops@example.com', email: 'ops@example.com', keyType: 'EC256', registration: v4.registration }), { mode: 0o600 });

    const run = await fx.run(fx.inputs(state, { 'force-renew': 'true', 'accept-tos': 'false' }));
    assertSucceeded(run);
    assert.match(run.log, new RegExp(`Using ACME account ${v4.registration.uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.doesNotMatch(run.log, /Registered ACME account/);
  });

  it('account-key pins the account across lost state', async () => {
    const accountKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const first = fx.newStatePath();
    const run = await fx.run(fx.inputs(first, { 'account-key': accountKey }));
    assertSucceeded(run);
    assert.ok(!run.log.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n').includes(accountKey.split('\n')[1]));
    const second = fx.newStatePath();
    assertSucceeded(await fx.run(fx.inputs(second, { 'account-key': accountKey })));
    assert.equal(accountJson(second).registration.uri, accountJson(first).registration.uri);
  });

  it('warns when a 90-day certificate has less than a week left', async () => {
    const state = fx.newStatePath();
    const certs = join(state, 'certificates');
    mkdirSync(certs, { recursive: true, mode: 0o700 });
    const made = await selfSignedCertificate(['example.com', '*.example.com'], new Date(Date.now() - 87 * DAY), new Date(Date.now() + 3 * DAY));
    writeFileSync(join(certs, 'example.com.crt'), made.certificatePem, { mode: 0o600 });
    writeFileSync(join(certs, 'example.com.key'), made.keyPem, { mode: 0o600 });
    const calls = fx.dns.requests.length;
    const run = await fx.run(fx.inputs(state, { 'renew-days': '1' }));
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'unchanged');
    assert.ok(Number(run.outputs['days-left']) <= 3);
    assert.match(run.stdout, /::warning title=Certificate about to expire::Certificate example.com expires in [0-9] days/);
    assert.equal(fx.dns.requests.length, calls);
  });
});
