// The ledger of this run's TXT records, with the real AliDNS provider against the AliDNS double:
// what the post step reads back, and how it removes records whose add was never answered (by
// value), records already gone, and records it cannot remove (kept listed).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAliDnsProvider } from '../src/dns/alidns.js';
import type { DnsProvider } from '../src/dns/provider.js';
import { TxtLedger } from '../src/dns/txt-ledger.js';
import { readLeftBehind } from '../src/lifecycle/step-state.js';
import { startAliDnsServer, type AliDnsServer } from './doubles/alidns-server.js';
import { memoryLog } from './support/memory-log.js';

const KEY_ID = 'LTAI5tLedgerTest01';
const SECRET = 'ledger-secret-4Wz8Kp';
const placement = (value: string) => ({ fqdn: '_acme-challenge.example.com', zone: 'example.com', rr: '_acme-challenge', value });
const txtValues = () => server.records().filter((record) => record.Type === 'TXT').map((record) => record.Value).sort();

let server: AliDnsServer;
let dns: DnsProvider;
before(async () => {
  server = await startAliDnsServer({ accessKeys: { [KEY_ID]: SECRET }, zones: ['example.com'] });
  dns = createAliDnsProvider({
    endpoint: server.endpoint,
    credentials: { accessKeyId: KEY_ID, accessKeySecret: SECRET },
    log: memoryLog(),
    retry: { attempts: 2, minDelayMs: 5, maxDelayMs: 10 },
  });
});
after(() => server.stop());

describe('TXT ledger', () => {
  it('persists every change; a copy read back removes by id, and by value when the add was never answered', async () => {
    const saved: string[] = [];
    const ledger = new TxtLedger((entries) => saved.push(JSON.stringify(entries)));
    const answered = ledger.adding(placement('answered'));
    ledger.added(answered, (await dns.appendTxt('example.com', '_acme-challenge', 'answered', 600))!);
    ledger.adding(placement('unanswered'));
    await dns.appendTxt('example.com', '_acme-challenge', 'unanswered', 600);
    await dns.appendTxt('example.com', '_acme-challenge', 'someone else', 600);

    const copy = new TxtLedger(undefined, JSON.parse(saved.at(-1)!));
    assert.equal(copy.size, 2);
    await copy.removeAll(dns, memoryLog());
    assert.deepEqual(txtValues(), ['someone else']);
    assert.equal(copy.size, 0);
    assert.ok(server.requests.some((request) => request.Action === 'DescribeSubDomainRecords'));
  });

  it('counts a record already gone as removed, and keeps listing one it could not remove', async () => {
    const ledger = new TxtLedger();
    ledger.added(ledger.adding(placement('gone')), '123456');
    await ledger.removeAll(dns, memoryLog());
    assert.equal(ledger.size, 0);

    const stuck = ledger.adding(placement('stuck'));
    ledger.added(stuck, (await dns.appendTxt('example.com', '_acme-challenge', 'stuck', 600))!);
    server.failNext('InternalError', 2, 'DeleteDomainRecord');
    const log = memoryLog();
    await ledger.removeAll(dns, log);
    assert.equal(ledger.size, 1);
    assert.match(log.text(), /still in AliDNS.*_acme-challenge\.example\.com in zone example\.com \(record \d+\)/);
    await ledger.removeAll(dns, memoryLog());
    assert.equal(ledger.size, 0);
    assert.deepEqual(txtValues(), ['someone else']);
  });

  it('reads an empty or damaged state as nothing to do', () => {
    const noop = () => {};
    assert.equal(readLeftBehind('', noop).txt.size, 0);
    assert.equal(readLeftBehind('{not json', noop).txt.size, 0);
    assert.equal(readLeftBehind('{"txt-records":[{"zone":1}]}', noop).txt.size, 0);
    assert.equal(readLeftBehind('{"http-tokens":{}}', noop).tokens.size, 0);
  });
});
