import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CertificateInfo } from '../src/acme/certificate-info.js';
import { decideRenewal, renewalTime } from '../src/acme/renewal-policy.js';

const DAY = 86_400_000;
const start = new Date('2026-01-01T00:00:00Z');

function cert(lifetimeDays: number, domains = ['example.com', '*.example.com']): CertificateInfo {
  return {
    domains,
    notBefore: start,
    notAfter: new Date(start.getTime() + lifetimeDays * DAY),
    serial: '01',
    fingerprintSha256: 'AA',
  };
}

const at = (days: number) => new Date(start.getTime() + days * DAY);
const request = { domains: ['example.com', '*.example.com'], renewDays: 'auto' as const, forceRenew: false };

describe('renewal decision', () => {
  it('issues when there is no certificate', () => {
    assert.equal(decideRenewal({ ...request, now: at(0) }).action, 'issue');
  });

  it('keeps a 90-day certificate until a third of its lifetime remains', () => {
    const current = { info: cert(90), usable: true };
    assert.equal(decideRenewal({ ...request, current, now: at(59) }).action, 'keep');
    assert.equal(decideRenewal({ ...request, current, now: at(60) }).action, 'renew');
  });

  it('renews a short-lived certificate at half its lifetime', () => {
    const current = { info: cert(6), usable: true };
    assert.equal(decideRenewal({ ...request, current, now: at(2.9) }).action, 'keep');
    assert.equal(decideRenewal({ ...request, current, now: at(3) }).action, 'renew');
  });

  it('honours a fixed number of renew-days', () => {
    const current = { info: cert(90), usable: true };
    assert.equal(decideRenewal({ ...request, renewDays: 30, current, now: at(59) }).action, 'keep');
    assert.equal(decideRenewal({ ...request, renewDays: 30, current, now: at(60) }).action, 'renew');
    assert.equal(renewalTime(cert(90), 100).getTime(), at(-10).getTime());
  });

  it('reissues when the requested names differ, whatever the order', () => {
    const current = { info: cert(90), usable: true };
    assert.equal(decideRenewal({ ...request, domains: ['*.example.com', 'example.com'], current, now: at(1) }).action, 'keep');
    const changed = decideRenewal({ ...request, domains: ['example.com', 'www.example.com'], current, now: at(1) });
    assert.equal(changed.action, 'issue');
    assert.match(changed.reason, /differ/);
  });

  it('renews on force-renew and when the key is unusable', () => {
    assert.equal(decideRenewal({ ...request, forceRenew: true, current: { info: cert(90), usable: true }, now: at(1) }).action, 'renew');
    assert.equal(decideRenewal({ ...request, current: { info: cert(90), usable: false }, now: at(1) }).action, 'issue');
  });

  it('renews an expired certificate', () => {
    assert.equal(decideRenewal({ ...request, renewDays: 1, current: { info: cert(90), usable: true }, now: at(95) }).action, 'renew');
  });

  describe('with the CA’s renewal window (ARI)', () => {
    const current = { info: cert(90), usable: true };
    // This certificate's point in the window is given at its start unless a test says otherwise.
    const window = (startDay: number, endDay: number, explanationUrl?: string, pointDay = startDay) => ({
      window: { start: at(startDay), end: at(endDay), explanationUrl },
      renewAt: at(pointDay),
    });

    it('renews once the window has opened, though the local rule would keep, and names the explanation', () => {
      const decision = decideRenewal({ ...request, current, ari: window(10, 12, 'https://ca.example/incident'), now: at(10) });
      assert.deepEqual(decision, {
        action: 'renew',
        reason: `the CA's renewal window (ARI) ${at(10).toISOString()} – ${at(12).toISOString()} is open; this certificate's point in it is ${at(10).toISOString()} (https://ca.example/incident)`,
      });
      assert.doesNotMatch(decideRenewal({ ...request, current, ari: window(10, 12), now: at(11) }).reason, /\(http/);
      const passed = decideRenewal({ ...request, current, ari: window(10, 12, undefined, 11), now: at(40) });
      assert.equal(passed.action, 'renew', 'also after the window closed');
      assert.match(passed.reason, /has already closed/);
    });

    it('waits for this certificate’s point inside the window, not its start', () => {
      const early = decideRenewal({ ...request, current, ari: window(10, 12, undefined, 11.5), now: at(11) });
      assert.equal(early.action === 'keep' && early.renewAt.getTime(), at(11.5).getTime());
      assert.equal(decideRenewal({ ...request, current, ari: window(10, 12, undefined, 11.5), now: at(11.5) }).action, 'renew');
    });

    it('keeps before the window opens, due at the earlier of the window and the local rule', () => {
      const early = decideRenewal({ ...request, current, ari: window(10, 12), now: at(9) });
      assert.equal(early.action, 'keep');
      assert.equal(early.action === 'keep' && early.renewAt.getTime(), at(10).getTime());
      assert.match(early.reason, /renewal due .* at this certificate's point in the CA's renewal window \(ARI\)$/);

      const late = decideRenewal({ ...request, current, ari: window(70, 75), now: at(9) });
      assert.equal(late.action === 'keep' && late.renewAt.getTime(), at(60).getTime());
      assert.doesNotMatch(late.reason, /ARI/);
    });

    it('still renews by the local rule when the window opens later', () => {
      const decision = decideRenewal({ ...request, current, ari: window(70, 75), now: at(60) });
      assert.equal(decision.action, 'renew');
      assert.match(decision.reason, /days left, renewal due since/);
    });

    it('gives the reason of whichever asked first when both are due', () => {
      const ariFirst = decideRenewal({ ...request, current, ari: window(50, 55), now: at(61) });
      assert.match(ariFirst.reason, /ARI/);
      const localFirst = decideRenewal({ ...request, current, ari: window(60.5, 65), now: at(61) });
      assert.match(localFirst.reason, /days left/);
    });

    it('leaves issuing, forcing and expiry to their own reasons', () => {
      const ari = window(10, 12);
      assert.equal(decideRenewal({ ...request, ari, now: at(11) }).action, 'issue');
      assert.equal(decideRenewal({ ...request, current: { info: cert(90), usable: false }, ari, now: at(11) }).action, 'issue');
      assert.equal(decideRenewal({ ...request, forceRenew: true, current, ari, now: at(11) }).reason, 'force-renew is set');
      assert.equal(decideRenewal({ ...request, current, ari, now: at(95) }).reason, 'the certificate has expired');
    });
  });

  describe('with a CA profile', () => {
    const current = { info: cert(90), usable: true };

    it('renews when the profile asked for is not the one the certificate was ordered under', () => {
      const changed = decideRenewal({ ...request, current, profile: { wanted: 'shortlived', current: 'classic' }, now: at(1) });
      assert.deepEqual(changed, { action: 'renew', reason: 'the profile changed from classic to shortlived' });
      const dropped = decideRenewal({ ...request, current, profile: { wanted: '', current: 'tlsserver' }, now: at(1) });
      assert.equal(dropped.reason, 'the profile changed from tlsserver to (none)');
      assert.equal(decideRenewal({ ...request, current, profile: { wanted: 'classic', current: 'classic' }, now: at(1) }).action, 'keep');
    });
  });
});
