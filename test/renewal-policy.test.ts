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
});
