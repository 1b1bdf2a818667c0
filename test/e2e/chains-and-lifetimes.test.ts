// Through dist/ against real pebble offering an alternate chain: preferred-chain picks the chain up
// to the root asked for (or keeps the default, saying so); short-lived certificates renew at half
// their life and warn on a scale that fits their lifetime.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { selfSignedCertificate } from '../support/certificates.js';
import { assertSucceeded } from '../support/run-action.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

let fx: CoreFixture;
before(async () => {
  fx = await startCoreFixture({ env: { PEBBLE_ALTERNATE_ROOTS: '1' } });
});
after(async () => {
  await fx?.stop();
});

const file = (state: string, name: string) => readFileSync(join(state, 'certificates', name), 'utf8');
const commonName = (distinguishedName: string) => distinguishedName.split('\n').find((line) => line.startsWith('CN='))?.slice(3);
const pemBlocks = (pem: string) => pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];

/** The root among pebble's (0 default, 1 alternate) that signed the last certificate of the chain. */
async function rootIndexOf(chainPem: string): Promise<number> {
  const top = new X509Certificate(pemBlocks(chainPem).at(-1) ?? '');
  for (const index of [0, 1]) {
    if (top.verify(new X509Certificate(await fx.pebble.rootCertificatePem(index)).publicKey)) return index;
  }
  return -1;
}

describe('preferred-chain', () => {
  it('stores the alternate chain up to the root asked for, in .crt and .issuer.crt', async () => {
    const alternate = commonName(new X509Certificate(await fx.pebble.rootCertificatePem(1)).subject) ?? '';
    const state = fx.newStatePath();
    const run = await fx.run(fx.inputs(state, { 'preferred-chain': alternate }));
    assertSucceeded(run);
    assert.equal(await rootIndexOf(file(state, 'example.com.crt')), 1);
    assert.equal(await rootIndexOf(file(state, 'example.com.issuer.crt')), 1);
    assert.equal(file(state, 'example.com.crt').indexOf(file(state, 'example.com.issuer.crt').trim()) > 0, true);
    assert.equal(JSON.parse(file(state, 'example.com.json')).preferredChain, alternate);
    assert.match(run.log, new RegExp(`Using the chain up to ${alternate}`));
  });

  it('keeps the default chain when no chain matches, with a notice naming the chain asked for', async () => {
    const state = fx.newStatePath();
    const run = await fx.run(fx.inputs(state, { 'preferred-chain': 'ISRG Root X2' }));
    assertSucceeded(run);
    assert.equal(await rootIndexOf(file(state, 'example.com.crt')), 0);
    assert.match(run.stdout, /::notice::preferred-chain: the CA offers no chain up to 'ISRG Root X2'; keeping its default chain/);
  });
});

describe('short-lived certificates', () => {
  /** A state folder holding a self-made certificate for example.com, *.example.com. */
  async function stateWith(notBefore: Date, notAfter: Date): Promise<string> {
    const state = fx.newStatePath();
    const dir = join(state, 'certificates');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const made = await selfSignedCertificate(['example.com', '*.example.com'], notBefore, notAfter);
    writeFileSync(join(dir, 'example.com.crt'), made.certificatePem, { mode: 0o600 });
    writeFileSync(join(dir, 'example.com.key'), made.keyPem, { mode: 0o600 });
    return state;
  }
  // Certificates keep whole seconds.
  const now = () => Math.floor(Date.now() / 1000) * 1000;

  it('keeps a 6-day certificate until half its life, without warning while it is on course', async () => {
    const notBefore = new Date(now() - 2 * DAY);
    const state = await stateWith(notBefore, new Date(notBefore.getTime() + 6 * DAY));
    const run = await fx.run(fx.inputs(state));
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'unchanged');
    assert.match(run.log, new RegExp(`renewal due ${new Date(notBefore.getTime() + 3 * DAY).toISOString().replace(/\./g, '\\.')}`));
    assert.doesNotMatch(run.stdout, /::warning/);
  });

  it('renews a 6-day certificate past half its life', async () => {
    const notBefore = new Date(now() - 3 * DAY - HOUR);
    const state = await stateWith(notBefore, new Date(notBefore.getTime() + 6 * DAY));
    const run = await fx.run(fx.inputs(state));
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'renewed');
  });

  it('warns, in hours, when a 6-day certificate has less than a day left', async () => {
    const state = await stateWith(new Date(now() - 5 * DAY - 4 * HOUR), new Date(now() + 20 * HOUR));
    const run = await fx.run(fx.inputs(state, { 'dry-run': 'true' }));
    assertSucceeded(run);
    assert.match(run.stdout, /::warning title=Certificate about to expire::Certificate example.com expires in (19|20) hours/);
  });
});
