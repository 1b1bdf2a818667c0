// Adoption: what the action takes over from the hosts instead of ordering, and what it refuses —
// certificates of another CA (a staging CA here is a second pebble), self-signed placeholders, a
// private CA nobody listed, certificates the CA's ARI does not know — and never a downgrade.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startAcmeProxy, type AcmeProxy } from '../support/acme-proxy.js';
import { startTestCa } from '../support/deploy-fixtures.js';
import { assertSucceeded, type ActionRun } from '../support/run-action.js';
import type { TestHost } from '../support/ssh-host.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';
import { startFullFixture, type FullFixture } from './full-fixture.js';

const NAMES = ['example.com', '*.example.com'];

let fx: FullFixture;
/** Another CA, as Let's Encrypt's staging is to its production: its root is not configured. */
let staging: CoreFixture;
let ari: AcmeProxy;
const scratch = mkdtempSync(join(tmpdir(), 'adoption-e2e-'));

before(async () => {
  [fx, staging] = await Promise.all([startFullFixture(2), startCoreFixture()]);
  ari = await startAcmeProxy(fx.core.pebble, { boulderWindows: true });
});
after(async () => {
  await ari?.stop();
  await Promise.all([fx?.stop(), staging?.stop()]);
  rmSync(scratch, { recursive: true, force: true });
});

/** Starts each test from nothing: no cache entry, a new runner. */
function reset(): void {
  fx.cache.evictAll();
  fx.freshRunner();
}

const dnsCalls = () => fx.core.dns.requests.length;
const hosts = () => fx.network.hosts;

/** Inputs that make the run use the staging pebble instead of the configured one. */
const stagingInputs = () => ({
  server: staging.pebble.directoryUrl,
  'ca-certificates': staging.caCertificates,
  'alidns-endpoint': staging.dns.endpoint,
  'dns-resolvers': staging.pebble.challtestsrv.dnsAddress,
});

async function place(host: TestHost, cert: string | Buffer, key: string | Buffer): Promise<void> {
  await host.writeFile(host.keyPath, key, 0o600);
  await host.writeFile(host.certPath, cert, 0o644);
}

/** A self-signed certificate for the requested names, as an installer's placeholder would be. */
function selfSigned(days: number): { cert: string; key: string } {
  const dir = mkdtempSync(join(scratch, 'self-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', String(days),
    '-subj', '/CN=example.com', '-addext', `subjectAltName=${NAMES.map((name) => `DNS:${name}`).join(',')}`,
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  return { cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), key: readFileSync(join(dir, 'key.pem'), 'utf8') };
}

function assertOrderedNew(run: ActionRun, notSerial: string): void {
  assertSucceeded(run);
  assert.equal(run.outputs.result, 'issued', run.log);
  assert.notEqual(run.outputs.serial, notSerial);
}

/** The log line that says why `host` was not adopted. */
function refusal(run: ActionRun, host: TestHost): string {
  const line = run.log.split('\n').find((text) => text.includes(host.label) && text.includes('not adopting'));
  assert.ok(line, `no refusal for ${host.label} in:\n${run.log}`);
  return line;
}

describe('adoption after a cache miss', () => {
  it('never adopts the certificate of another CA: moving from staging to production orders anew', async () => {
    reset();
    const onStaging = await fx.run(stagingInputs());
    assertSucceeded(onStaging);
    assert.equal(onStaging.outputs.result, 'issued');
    for (const host of hosts()) await host.servesSerial(onStaging.outputs.serial, 'example.com');

    // `server` changes, so the cache scope does too: a miss, with staging's certificate on every host.
    fx.freshRunner();
    const production = await fx.run();
    assertOrderedNew(production, onStaging.outputs.serial);
    for (const host of hosts()) {
      assert.match(refusal(production, host), /not from the configured CA: its chain ends at ".*Pebble Root CA.*", which is neither a system root nor in ca-certificates/);
      await host.servesSerial(production.outputs.serial, 'example.com');
    }
  });

  it('never adopts a self-signed placeholder or a certificate of a private CA that is not listed', async () => {
    reset();
    const privateCa = startTestCa();
    try {
      const placeholder = selfSigned(3650);
      const internal = privateCa.issue([...NAMES], 'internal');
      await place(hosts()[0], placeholder.cert, placeholder.key);
      await place(hosts()[1], internal.fullchainPem, internal.keyPem!);
      const run = await fx.run();
      assertOrderedNew(run, '');
      assert.match(refusal(run, hosts()[0]), /not from the configured CA: it is self-signed/);
      assert.match(refusal(run, hosts()[1]), /not from the configured CA: its chain ends at "CN=deploy test CA"/);
    } finally {
      privateCa.stop();
    }
  });

  it('skips a host whose files do not parse, with a warning naming it, and adopts from the next', async () => {
    reset();
    const first = await fx.run();
    assertSucceeded(first);
    const [broken, good] = hosts();
    const der = new X509Certificate(await good.readFile(good.certPath)).raw;
    for (const [what, bytes] of [['garbage', Buffer.from('not a certificate\n')], ['empty', Buffer.alloc(0)], ['DER', der]] as const) {
      await broken.writeFile(broken.certPath, bytes, 0o644);
      reset();
      const calls = dnsCalls();
      const run = await fx.run();
      assertSucceeded(run);
      assert.equal(run.outputs.result, 'adopted', `${what}:\n${run.log}`);
      assert.equal(run.outputs.serial, first.outputs.serial);
      assert.equal(dnsCalls(), calls, 'nothing ordered');
      assert.match(run.log, new RegExp(`::warning::${broken.label}: skipped for adoption, ${broken.certPath} is not a PEM certificate chain`), what);
      assert.match(run.summary, new RegExp(`deployed on ${good.label}`));
      // The host is repaired by the deployment that follows.
      await broken.servesSerial(first.outputs.serial, 'example.com');
    }
  });

  it('a dry run adopts nothing and writes nothing, and says what it would adopt', async () => {
    reset();
    const first = await fx.run();
    assertSucceeded(first);
    reset();
    const calls = dnsCalls();
    const run = await fx.run({ 'dry-run': 'true' });
    assertSucceeded(run);
    assert.ok(!existsSync(join(fx.runner.statePath, 'certificates')), 'nothing written to the state folder');
    assert.equal(fx.cache.entries().length, 0, 'no cache entry');
    assert.match(run.summary, /Dry run: would adopt the certificate deployed on/);
    assert.match(run.summary, new RegExp(first.outputs.serial));
    assert.equal(run.outputs.result, 'unchanged');
    assert.equal(run.outputs.serial, first.outputs.serial);
    assert.equal(dnsCalls(), calls, 'nothing ordered');
  });

  it('never pushes an older certificate over a newer one when the state was restored from an older entry', async () => {
    reset();
    const older = await fx.run();
    assertSucceeded(older);
    const [olderEntry] = fx.cache.entries();
    fx.freshRunner();
    const newer = await fx.run({ 'force-renew': 'true' });
    assertSucceeded(newer);
    assert.equal(newer.outputs.result, 'renewed');
    // The newer entry is gone (a failed save, an eviction): the restore finds the older one.
    for (const entry of fx.cache.entries()) if (entry.key !== olderEntry.key) fx.cache.evict(entry.key);
    fx.freshRunner();
    const calls = dnsCalls();
    const run = await fx.run();
    assertSucceeded(run);
    assert.match(run.log, new RegExp(`Restored the state folder .* from cache entry ${olderEntry.key}`));
    assert.equal(run.outputs.result, 'adopted', run.log);
    assert.equal(run.outputs.serial, newer.outputs.serial);
    assert.match(run.summary, new RegExp(`newer than the state's \\(serial ${older.outputs.serial}`));
    assert.equal(JSON.parse(run.outputs['skipped-hosts']).length, 2, 'the hosts keep the newer certificate');
    assert.equal(dnsCalls(), calls, 'nothing ordered');
    for (const host of hosts()) await host.servesSerial(newer.outputs.serial, 'example.com');

    fx.freshRunner();
    const next = await fx.run();
    assertSucceeded(next);
    assert.equal(next.outputs.result, 'unchanged', 'the adopted certificate was saved');
    assert.equal(next.outputs.serial, newer.outputs.serial);
  });
});

describe('reading the hosts for adoption', () => {
  it('does not read the key of a host that holds the state\'s certificate', async () => {
    reset();
    const first = await fx.run();
    assertSucceeded(first);
    const [host] = hosts();
    // A key that does not parse: read, it would be reported as unusable for adoption.
    await host.writeFile(host.keyPath, 'not a key\n', 0o600);
    fx.freshRunner();
    const run = await fx.run();
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'unchanged', run.log);
    assert.doesNotMatch(run.log, /skipped for adoption/);
    // The deployment that follows still compares every file and puts the right key back.
    assert.match(run.log, new RegExp(`${host.label}: deploying: privkey.pem differs`));
    await host.servesSerial(first.outputs.serial, 'example.com');
  });

  it('examines the files once for all the hosts that hold the same ones, and names them all', async () => {
    reset();
    const placeholder = selfSigned(3650);
    for (const host of hosts()) await place(host, placeholder.cert, placeholder.key);
    const run = await fx.run();
    assertOrderedNew(run, '');
    const refusals = run.log.split('\n').filter((line) => line.includes('not adopting'));
    assert.equal(refusals.length, 1, refusals.join('\n'));
    assert.ok(hosts().every((host) => refusals[0].includes(host.label)), refusals[0]);
  });
});

describe('adoption with renewal information (ARI)', () => {
  /** Both CAs publicly trusted, as two CAs in the system store are: only ARI tells them apart. */
  const bothTrusted = () => `${fx.core.caCertificates}\n${staging.caCertificates}`;

  it('does not adopt a trusted certificate the CA does not know (404), and adopts one it knows', async () => {
    reset();
    const other = await fx.run(stagingInputs());
    assertSucceeded(other);
    assert.equal(other.outputs.result, 'issued');

    fx.freshRunner();
    const asked = ari.renewalInfoRequests.length;
    const run = await fx.run({ server: ari.directoryUrl, 'ca-certificates': bothTrusted() });
    assertOrderedNew(run, other.outputs.serial);
    assert.ok(ari.renewalInfoRequests.length > asked, 'ARI was asked');
    assert.match(run.log, /not adopting its certificate .*: the CA's renewal information \(ARI\) does not know it/);

    // The certificate just deployed is one the CA issued: it is adopted.
    reset();
    const calls = dnsCalls();
    const known = await fx.run({ server: ari.directoryUrl, 'ca-certificates': bothTrusted() });
    assertSucceeded(known);
    assert.equal(known.outputs.result, 'adopted', known.log);
    assert.equal(known.outputs.serial, run.outputs.serial);
    assert.equal(dnsCalls(), calls, 'nothing ordered');
  });
});
