// Proves the test harness itself: a real pebble + challtestsrv start and serve ACME, and the real lego
// issues and renews through them. Also records, as diagnostics, the exact state lego writes, which
// the action must read and write the same way.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { Resolver } from 'node:dns/promises';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runLego, type LegoRun } from './support/lego.js';
import { startPebble, type Pebble } from './support/pebble.js';

const EMAIL = 'harness@example.com';
const DOMAINS = ['example.com', '*.example.com'];

describe('test harness: pebble, challtestsrv and lego', () => {
  let pebble: Pebble;
  let legoPath: string;

  before(async () => {
    pebble = await startPebble();
    legoPath = mkdtempSync(join(tmpdir(), 'harness-lego-'));
  });

  after(async () => {
    await pebble?.stop();
    if (legoPath) rmSync(legoPath, { recursive: true, force: true });
  });

  const hostDir = () => new URL(pebble.directoryUrl).host.replace(':', '_');
  const accountDir = () => join(legoPath, 'accounts', hostDir(), EMAIL);
  const certificate = (extension: string) => join(legoPath, 'certificates', `example.com${extension}`);

  it('pebble serves a directory that only its CA file makes trusted', async () => {
    assert.match(pebble.directoryUrl, /^https:\/\/127\.0\.0\.1:\d+\/dir$/);
    const ca = readFileSync(pebble.caCertPath, 'utf8');
    const directory = await httpsGet(pebble.directoryUrl, ca);
    assert.equal(directory.status, 200);
    const body = JSON.parse(directory.body) as Record<string, unknown>;
    for (const name of ['newNonce', 'newAccount', 'newOrder', 'revokeCert', 'keyChange']) {
      assert.equal(typeof body[name], 'string', `directory has ${name}`);
    }
    await assert.rejects(httpsGet(pebble.directoryUrl), /self[- ]signed|unable to (get|verify)/i);

    const root = new X509Certificate(await pebble.rootCertificatePem());
    assert.ok(root.ca, 'roots/0 is a CA certificate');
  });

  it('challtestsrv serves over DNS the TXT values set through its management API', async () => {
    const host = '_acme-challenge.harness.example.';
    const post = (path: string, body: unknown) =>
      fetch(`${pebble.challtestsrv.managementUrl}${path}`, { method: 'POST', body: JSON.stringify(body) });
    assert.equal((await post('/set-txt', { host, value: 'one' })).status, 200);
    assert.equal((await post('/set-txt', { host, value: 'two' })).status, 200);
    const resolver = new Resolver({ timeout: 1_000, tries: 2 });
    resolver.setServers([pebble.challtestsrv.dnsAddress]);
    assert.deepEqual((await resolver.resolveTxt(host)).flat().sort(), ['one', 'two']);
    assert.equal((await post('/clear-txt', { host })).status, 200);
    await assert.rejects(resolver.resolveTxt(host));
  });

  it('lego run issues a certificate for a name and its wildcard and writes its v4 layout', { timeout: 120_000 }, async (t) => {
    const run = await runLego({ pebble, path: legoPath, email: EMAIL, domains: DOMAINS, command: 'run' });
    assertLegoSucceeded(run);
    // lego hands the exec program the record name with the root dot already on.
    assert.match(run.output, /dns hook: present _acme-challenge\.example\.com\. \S+/);

    for (const extension of ['.crt', '.key', '.issuer.crt', '.json']) {
      assert.ok(existsSync(certificate(extension)), `certificates/example.com${extension} exists`);
    }
    const accountJson = join(accountDir(), 'account.json');
    const accountKey = join(accountDir(), 'keys', `${EMAIL}.key`);
    assert.ok(existsSync(accountJson), 'account.json exists');
    assert.ok(existsSync(accountKey), 'account key exists');

    const account = JSON.parse(readFileSync(accountJson, 'utf8'));
    assert.equal(account.email, EMAIL);
    assert.match(account.registration.uri, /^https:\/\/127\.0\.0\.1:\d+\//);
    const certificateJson = JSON.parse(readFileSync(certificate('.json'), 'utf8'));
    assert.equal(certificateJson.domain, 'example.com');

    const chain = pemBlocks(readFileSync(certificate('.crt'), 'utf8'));
    const issuerChain = pemBlocks(readFileSync(certificate('.issuer.crt'), 'utf8'));
    assert.deepEqual(chain.slice(1), issuerChain, '.crt is the leaf followed by .issuer.crt');
    const leaf = new X509Certificate(chain[0]);
    assert.equal(leaf.subjectAltName, 'DNS:example.com, DNS:*.example.com');
    const intermediate = new X509Certificate(issuerChain[0]);
    const root = new X509Certificate(await pebble.rootCertificatePem());
    assert.ok(leaf.checkIssued(intermediate) && leaf.verify(intermediate.publicKey), 'leaf signed by the intermediate');
    assert.ok(intermediate.checkIssued(root) && intermediate.verify(root.publicKey), 'intermediate signed by roots/0');

    t.diagnostic(`account.json, exactly:\n${JSON.stringify(readFileSync(accountJson, 'utf8'))}`);
    t.diagnostic(`certificates/example.com.json, exactly:\n${JSON.stringify(readFileSync(certificate('.json'), 'utf8'))}`);
    t.diagnostic(`account key PEM header: ${pemHeader(accountKey)}`);
    t.diagnostic(`certificate key PEM header: ${pemHeader(certificate('.key'))}`);
    t.diagnostic(`.crt holds ${chain.length} certificates, .issuer.crt ${issuerChain.length}; leaf valid ${leaf.validFrom} .. ${leaf.validTo}`);
    t.diagnostic(`modes (umask ${process.umask().toString(8).padStart(4, '0')}):\n${listModes(legoPath)}`);
  });

  it('lego renew replaces the certificate under the same account', { timeout: 120_000 }, async (t) => {
    const accountJson = join(accountDir(), 'account.json');
    assert.ok(existsSync(certificate('.crt')), 'the run test left a certificate to renew');
    const before = {
      serial: new X509Certificate(readFileSync(certificate('.crt'))).serialNumber,
      key: readFileSync(certificate('.key'), 'utf8'),
      account: readFileSync(accountJson, 'utf8'),
      accountKey: readFileSync(join(accountDir(), 'keys', `${EMAIL}.key`), 'utf8'),
    };

    const run = await runLego({ pebble, path: legoPath, email: EMAIL, domains: DOMAINS, command: 'renew' });
    assertLegoSucceeded(run);

    const renewed = new X509Certificate(readFileSync(certificate('.crt')));
    assert.notEqual(renewed.serialNumber, before.serial, 'a new certificate');
    assert.equal(renewed.subjectAltName, 'DNS:example.com, DNS:*.example.com');
    assert.notEqual(readFileSync(certificate('.key'), 'utf8'), before.key, 'a new key without --reuse-key');
    assert.equal(readFileSync(accountJson, 'utf8'), before.account, 'account.json untouched');
    assert.equal(
      readFileSync(join(accountDir(), 'keys', `${EMAIL}.key`), 'utf8'),
      before.accountKey,
      'account key untouched',
    );
    assert.deepEqual(readdirSync(join(legoPath, 'accounts')), [hostDir()], 'no other account was created');
    assert.deepEqual(readdirSync(join(legoPath, 'accounts', hostDir())), [EMAIL]);
    assert.doesNotMatch(run.output, /Registering account/);

    t.diagnostic(`after renew, certificates/example.com.json:\n${JSON.stringify(readFileSync(certificate('.json'), 'utf8'))}`);
    t.diagnostic(`files after renew:\n${listModes(legoPath)}`);
  });
});

function assertLegoSucceeded(run: LegoRun): void {
  if (run.exitCode !== 0) assert.fail(`lego exited ${run.exitCode}\n--- output ---\n${run.output}`);
}

function pemBlocks(text: string): string[] {
  return text.match(/-----BEGIN [^-]+-----[\s\S]+?-----END [^-]+-----\n?/g) ?? [];
}

function pemHeader(path: string): string {
  return readFileSync(path, 'utf8').split('\n')[0];
}

function listModes(root: string): string {
  const lines: string[] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    lines.push(`${(stat.mode & 0o777).toString(8)} ${relative(root, path) || '.'}${stat.isDirectory() ? '/' : ''}`);
    if (stat.isDirectory()) for (const entry of readdirSync(path).sort()) walk(join(path, entry));
  };
  walk(root);
  return lines.join('\n');
}

function httpsGet(url: string, ca?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, timeout: 5_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', reject);
    req.end();
  });
}
