// Interoperability with the real lego CLI: each renews from the folder the other wrote, and neither
// registers a second account.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runLego } from '../support/lego.js';
import { assertSucceeded } from '../support/run-action.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';

let fx: CoreFixture;
before(async () => {
  fx = await startCoreFixture();
});
after(async () => {
  await fx?.stop();
});

const EMAIL = 'ops@example.com';
const serial = (state: string) =>
  new X509Certificate(readFileSync(join(state, 'certificates', 'example.com.crt'))).serialNumber;
const registrationUri = (state: string) =>
  JSON.parse(readFileSync(join(fx.accountDir(state), 'account.json'), 'utf8')).registration.uri as string;
const lego = (state: string, command: 'run' | 'renew') =>
  runLego({ pebble: fx.pebble, path: state, email: EMAIL, domains: ['example.com', '*.example.com'], command });

describe('lego interoperability', () => {
  it('lego renews a certificate from a folder this action wrote, with the same account', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(fx.inputs(state)));
    const before = { serial: serial(state), uri: registrationUri(state) };

    const legoRun = await lego(state, 'renew');
    assert.equal(legoRun.exitCode, 0, legoRun.output);
    assert.notEqual(serial(state), before.serial);
    assert.equal(registrationUri(state), before.uri);
    assert.deepEqual(readdirSync(dirname(fx.accountDir(state))), [EMAIL]);
  });

  it('lego reads the certificate .json with this action’s additions (profile, preferredChain, renewalInfo)', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(fx.inputs(state, { 'preferred-chain': 'Some Root' })));
    const metaPath = join(state, 'certificates', 'example.com.json');
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    assert.equal(meta.preferredChain, 'Some Root');
    const renewalInfo = { certId: 'aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE', suggestedWindow: { start: '2026-01-01T00:00:00Z', end: '2026-01-02T00:00:00Z' }, retryAfter: '2026-01-01T06:00:00Z' };
    writeFileSync(metaPath, JSON.stringify({ ...meta, profile: 'classic', renewalInfo }, null, '\t'));
    const before = serial(state);
    const legoRun = await lego(state, 'renew');
    assert.equal(legoRun.exitCode, 0, legoRun.output);
    assert.notEqual(serial(state), before);
  });

  it('this action renews from a folder lego wrote, with no new account', async () => {
    const state = fx.newStatePath();
    const legoRun = await lego(state, 'run');
    assert.equal(legoRun.exitCode, 0, legoRun.output);
    const before = { serial: serial(state), uri: registrationUri(state) };

    const unchanged = await fx.run(fx.inputs(state));
    assertSucceeded(unchanged);
    assert.equal(unchanged.outputs.result, 'unchanged', 'lego’s certificate is recognised as current');

    const renewed = await fx.run(fx.inputs(state, { 'force-renew': 'true', 'accept-tos': 'false' }));
    assertSucceeded(renewed);
    assert.equal(renewed.outputs.result, 'renewed');
    assert.notEqual(serial(state), before.serial);
    assert.equal(registrationUri(state), before.uri);
    assert.doesNotMatch(renewed.log, /Registered ACME account/);
  });
});
