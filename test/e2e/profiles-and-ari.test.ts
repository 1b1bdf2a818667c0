// ACME as CAs run it now, through dist/ against real pebble behind a proxy that adds what pebble
// 2.4 lacks (profiles, ARI): the profile sent in new-order and kept beside the certificate, the
// renewal point inside the CA's window, Retry-After kept across runs, a refused replacement.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ariCertId, renewalPoint } from '../../src/acme/ari.js';
import { startAcmeProxy, type AcmeProxy } from '../support/acme-proxy.js';
import { assertSucceeded } from '../support/run-action.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';

const HOUR = 3_600_000;
const PROFILES = { classic: 'https://ca.test/docs/profiles#classic', shortlived: 'https://ca.test/docs/profiles#shortlived' };

let fx: CoreFixture;
let proxy: AcmeProxy;
before(async () => {
  fx = await startCoreFixture();
  proxy = await startAcmeProxy(fx.pebble, { profiles: PROFILES, renewalInfo: true });
});
after(async () => {
  await proxy?.stop();
  await fx?.stop();
});

const viaProxy = (state: string, extra: Record<string, string> = {}) =>
  fx.inputs(state, { server: proxy.directoryUrl, domains: 'example.com', ...extra });
const meta = (state: string) => JSON.parse(readFileSync(join(state, 'certificates', 'example.com.json'), 'utf8'));
const certId = (state: string) => ariCertId(readFileSync(join(state, 'certificates', 'example.com.crt'), 'utf8'));

describe('profiles', () => {
  it('orders under the profile asked for and records it beside the certificate, as lego does', async () => {
    const state = fx.newStatePath();
    const orders = proxy.newOrders.length;
    const run = await fx.run(viaProxy(state, { profile: 'shortlived' }));
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'issued');
    assert.deepEqual(proxy.newOrders.slice(orders).map((order) => [order.profile, order.answer]), [['shortlived', 'pebble']]);
    assert.equal(meta(state).profile, 'shortlived');
    assert.equal(meta(state).domain, 'example.com');
  });

  it('renews when the profile changes, and not again after', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(viaProxy(state, { profile: 'classic' })));
    const changed = await fx.run(viaProxy(state, { profile: 'shortlived' }));
    assertSucceeded(changed);
    assert.equal(changed.outputs.result, 'renewed');
    assert.match(changed.log, /the profile changed from classic to shortlived/);
    assert.equal(meta(state).profile, 'shortlived');
    const again = await fx.run(viaProxy(state, { profile: 'shortlived' }));
    assertSucceeded(again);
    assert.equal(again.outputs.result, 'unchanged');
  });

  it('refuses a profile the CA does not list, naming the CA’s profiles, before any account or order', async () => {
    const state = fx.newStatePath();
    const orders = proxy.newOrders.length;
    const run = await fx.run(viaProxy(state, { profile: 'tlsserver' }));
    assert.equal(run.exitCode, 1);
    assert.match(run.log, /::error::Input 'profile': 'tlsserver' is not a profile of the CA at .*Use one of the CA’s profiles: classic \(https:\/\/ca\.test\/docs\/profiles#classic\), shortlived/);
    assert.equal(proxy.newOrders.length, orders);
    assert.equal(existsSync(join(state, 'accounts')), false);
  });

  it('refuses any profile at a CA whose directory lists none', async () => {
    const state = fx.newStatePath();
    const run = await fx.run(fx.inputs(state, { domains: 'example.com', profile: 'shortlived' }));
    assert.equal(run.exitCode, 1);
    assert.match(run.log, /::error::Input 'profile': the CA at .* offers no certificate profiles, so 'shortlived' cannot be chosen/);
    assert.equal(existsSync(join(state, 'accounts')), false);
  });
});

describe('ARI end to end', () => {
  /** A window of `lengthMs` placed so that this certificate's point in it is `now + offsetMs`. */
  function windowWithPointAt(id: string, offsetMs: number, lengthMs = 24 * HOUR) {
    const probe = { start: new Date(0), end: new Date(lengthMs) };
    const into = renewalPoint(probe, id).getTime();
    const start = new Date(Date.now() + offsetMs - into);
    return { start, end: new Date(start.getTime() + lengthMs) };
  }

  it('renews at this certificate’s random point inside the window, not at its start, and the same point every run', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(viaProxy(state)));
    const id = certId(state);
    // The window opened hours ago but this certificate's point is an hour ahead; a point early in
    // the window needs a longer window for that.
    const fraction = renewalPoint({ start: new Date(0), end: new Date(1e12) }, id).getTime() / 1e12;
    const window = windowWithPointAt(id, HOUR, Math.max(48 * HOUR, (3 * HOUR) / Math.max(fraction, 1e-5)));
    assert.ok(window.start.getTime() < Date.now() - HOUR, 'a window already open');
    proxy.renewalWindow = () => window;
    const point = renewalPoint(window, id).toISOString();
    for (let run = 0; run < 2; run++) {
      const kept = await fx.run(viaProxy(state));
      assertSucceeded(kept);
      assert.equal(kept.outputs.result, 'unchanged');
      assert.match(kept.log, new RegExp(`renewal due ${point.replace(/\./g, '\\.')} at this certificate's point in the CA's renewal window \\(ARI\\)`));
    }

    proxy.renewalWindow = () => windowWithPointAt(id, -HOUR, 48 * HOUR);
    const orders = proxy.newOrders.length;
    const renewed = await fx.run(viaProxy(state));
    assertSucceeded(renewed);
    assert.equal(renewed.outputs.result, 'renewed');
    assert.match(renewed.log, /this certificate's point in it is/);
    assert.deepEqual(proxy.newOrders.slice(orders).map((order) => order.replaces), [id]);
  });

  it('renews at once when the window has already passed', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(viaProxy(state)));
    proxy.renewalWindow = () => ({ start: new Date(Date.now() - 48 * HOUR), end: new Date(Date.now() - 24 * HOUR) });
    const run = await fx.run(viaProxy(state));
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'renewed');
    assert.match(run.log, /has already closed/);
  });

  it('honours Retry-After: no new question before it, the last answer kept in the state', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(viaProxy(state)));
    const id = certId(state);
    proxy.renewalWindow = () => ({ start: new Date(Date.now() + 24 * HOUR), end: new Date(Date.now() + 48 * HOUR), retryAfter: 21_600 });
    const asked = proxy.renewalInfoRequests.length;
    const first = await fx.run(viaProxy(state));
    assertSucceeded(first);
    assert.equal(first.outputs.result, 'unchanged');
    assert.equal(proxy.renewalInfoRequests.length, asked + 1);
    const stored = meta(state).renewalInfo;
    assert.equal(stored.certId, id);
    const retryAfter = Date.parse(stored.retryAfter);
    assert.ok(Math.abs(retryAfter - (Date.now() + 6 * HOUR)) < 5 * 60_000, stored.retryAfter);

    // The CA's window moves into the past, but it asked not to be asked again yet.
    proxy.renewalWindow = () => ({ start: new Date(Date.now() - 48 * HOUR), end: new Date(Date.now() - 24 * HOUR) });
    const second = await fx.run(viaProxy(state));
    assertSucceeded(second);
    assert.equal(second.outputs.result, 'unchanged');
    assert.equal(proxy.renewalInfoRequests.length, asked + 1, 'not asked again before Retry-After');
    assert.match(second.log, /ARI: the CA asked not to be asked again before/);

    // Once Retry-After has passed, the next run asks and follows the new window.
    writeFileSync(join(state, 'certificates', 'example.com.json'), JSON.stringify({ ...meta(state), renewalInfo: { ...stored, retryAfter: new Date(Date.now() - 1000).toISOString() } }));
    const third = await fx.run(viaProxy(state));
    assertSucceeded(third);
    assert.equal(third.outputs.result, 'renewed');
    assert.equal(proxy.renewalInfoRequests.length, asked + 2);
  });

  it('orders again without replaces when the CA refuses the replacement', async () => {
    const state = fx.newStatePath();
    assertSucceeded(await fx.run(viaProxy(state)));
    const id = certId(state);
    proxy.renewalWindow = () => ({ start: new Date(Date.now() - 2 * HOUR), end: new Date(Date.now() - HOUR) });
    proxy.refuseReplaces = true;
    const orders = proxy.newOrders.length;
    try {
      const run = await fx.run(viaProxy(state));
      assertSucceeded(run);
      assert.equal(run.outputs.result, 'renewed');
      assert.deepEqual(
        proxy.newOrders.slice(orders).map((order) => [order.replaces, order.answer]),
        [[id, 'alreadyReplaced'], [undefined, 'pebble']],
      );
      assert.match(run.log, /The CA refused the order as a replacement of certificate/);
    } finally {
      proxy.refuseReplaces = false;
    }
  });
});
