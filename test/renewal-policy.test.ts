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
    const window = (startDay: number, endDay: number, explanationUrl?: string) => ({ start: at(startDay), end: at(endDay), explanationUrl });

    it('renews once the window has opened, though the local rule would keep, and names the explanation', () => {
      const decision = decideRenewal({ ...request, current, ariWindow: window(10, 12, 'https://ca.example/incident'), now: at(10) });
      assert.deepEqual(decision, {
        action: 'renew',
        reason: `the CA's renewal window (ARI) opened at ${at(10).toISOString()} (https://ca.example/incident)`,
      });
      assert.equal(decideRenewal({ ...request, current, ariWindow: window(10, 12), now: at(11) }).reason, `the CA's renewal window (ARI) opened at ${at(10).toISOString()}`);
      assert.equal(decideRenewal({ ...request, current, ariWindow: window(10, 12), now: at(40) }).action, 'renew', 'also after the window closed');
    });

    it('keeps before the window opens, due at the earlier of the window and the local rule', () => {
      const early = decideRenewal({ ...request, current, ariWindow: window(10, 12), now: at(9) });
      assert.equal(early.action, 'keep');
      assert.equal(early.action === 'keep' && early.renewAt.getTime(), at(10).getTime());
      assert.match(early.reason, /renewal due .* when the CA's renewal window \(ARI\) opens$/);

      const late = decideRenewal({ ...request, current, ariWindow: window(70, 75), now: at(9) });
      assert.equal(late.action === 'keep' && late.renewAt.getTime(), at(60).getTime());
      assert.doesNotMatch(late.reason, /ARI/);
    });

    it('still renews by the local rule when the window opens later', () => {
      const decision = decideRenewal({ ...request, current, ariWindow: window(70, 75), now: at(60) });
      assert.equal(decision.action, 'renew');
      assert.match(decision.reason, /days left, renewal due since/);
    });

    it('gives the reason of whichever asked first when both are due', () => {
      const ariFirst = decideRenewal({ ...request, current, ariWindow: window(50, 55), now: at(61) });
      assert.match(ariFirst.reason, /ARI/);
      const localFirst = decideRenewal({ ...request, current, ariWindow: window(60.5, 65), now: at(61) });
      assert.match(localFirst.reason, /days left/);
    });

    it('leaves issuing, forcing and expiry to their own reasons', () => {
      const ariWindow = window(10, 12);
      assert.equal(decideRenewal({ ...request, ariWindow, now: at(11) }).action, 'issue');
      assert.equal(decideRenewal({ ...request, current: { info: cert(90), usable: false }, ariWindow, now: at(11) }).action, 'issue');
      assert.equal(decideRenewal({ ...request, forceRenew: true, current, ariWindow, now: at(11) }).reason, 'force-renew is set');
      assert.equal(decideRenewal({ ...request, current, ariWindow, now: at(95) }).reason, 'the certificate has expired');
    });
  });
});
