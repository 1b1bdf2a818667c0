// Which runs notify and what the notice holds, and what of the notify input counts as secret.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readNotifyConfig, notifySecrets } from '../src/notify/notify-config.js';
import { shouldNotify, type Notice } from '../src/notify/notice.js';
import { noticeFromReport } from '../src/notify/run-notice.js';
import type { RunReport } from '../src/report.js';

const now = new Date('2026-06-01T00:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

function report(hosts: RunReport['hosts'], result: RunReport['result'] = 'unchanged'): RunReport {
  return {
    result,
    reason: 'test',
    certificateName: 'example.com',
    statePath: '/tmp/x',
    hasKey: true,
    info: { domains: ['example.com'], notBefore: days(-10), notAfter: days(80), serial: 'AB', fingerprintSha256: 'AB' },
    hosts,
    cloud: { results: [] },
    dryRun: false,
    plan: 'keep',
    now,
  };
}

const config = (on: string, channels = 'https://hooks.example.com/abcdefgh') =>
  readNotifyConfig((name) => ({ notify: channels, 'notify-on': on, 'notify-expiring-days': '14' })[name] ?? '');

describe('notifications', () => {
  it('a host still serving a certificate that expires soon makes the run expiring, though the managed one is fresh', () => {
    const notice = noticeFromReport(report([{ target: 'web1:22', status: 'skipped', servedNotAfter: days(5).toISOString() }]), [], {});
    assert.deepEqual(notice.certificates.map((seen) => [seen.where, seen.daysLeft]), [['certificate example.com', 80], ['web1:22', 5]]);
    assert.equal(shouldNotify(notice, config('expiring')), true);
    assert.equal(shouldNotify(notice, config('failure')), false);
    const failed = noticeFromReport(report([{ target: 'web1:22', status: 'failed', reason: 'reload failed' }]), [], {});
    assert.deepEqual(failed.failedTargets, ['web1:22']);
    assert.equal(shouldNotify(failed, config('failure')), true);
  });

  it('notifies failures always, renewals and expiring certificates when listed, every run with always', () => {
    const quiet: Notice = noticeFromReport(report([]), [], {});
    const renewed: Notice = noticeFromReport(report([], 'renewed'), [], {});
    assert.equal(shouldNotify(quiet, config('failure')), false);
    assert.equal(shouldNotify(quiet, config('always')), true);
    assert.equal(shouldNotify(renewed, config('failure')), false);
    assert.equal(shouldNotify(renewed, config('renewal')), true);
    assert.equal(shouldNotify(renewed, config('expiring')), false);
    assert.equal(shouldNotify({ ...renewed, dryRun: true }, config('renewal')), false, 'a dry run renews nothing');
    assert.equal(shouldNotify(quiet, config('always', '')), false, 'no channel, no message');
  });

  it('registers URLs, their tokens and signing secrets as secrets, not the kinds', () => {
    const raw = 'dingtalk: https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef secret=SECabcdef0123\nslack: https://hooks.slack.com/services/T0001/B0001/abcdefghijklmnopqrstuvwx';
    const secrets = notifySecrets(raw);
    for (const value of ['SECabcdef0123', '0123456789abcdef', 'abcdefghijklmnopqrstuvwx', 'https://hooks.slack.com/services/T0001/B0001/abcdefghijklmnopqrstuvwx', '/robot/send?access_token=0123456789abcdef']) {
      assert.ok(secrets.includes(value), value);
    }
    assert.ok(!secrets.some((value) => /^(dingtalk|slack):?$/.test(value)));
    assert.ok(notifySecrets('wecom:https://qyapi.example.com/send?key=0123456789').includes('https://qyapi.example.com/send?key=0123456789'), 'kind and URL written as one word');
  });
});
