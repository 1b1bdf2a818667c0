// The propagation check against a real DNS server (pebble-challtestsrv): it waits for every value,
// gives up with a useful error, and stops when told to.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findAuthoritativeServers, waitForTxt, type NsLookup } from '../src/dns/propagation.js';
import { memoryLog } from './support/memory-log.js';
import { startChallTestSrv, type RunningChallTestSrv } from './support/pebble.js';
import { waitFor } from './support/ports.js';

describe('waiting for TXT records', () => {
  let challtestsrv: RunningChallTestSrv;
  before(async () => {
    challtestsrv = await startChallTestSrv();
  });
  after(() => challtestsrv.stop());

  const setTxt = async (host: string, value: string) => {
    const response = await fetch(`${challtestsrv.managementUrl}/set-txt`, {
      method: 'POST',
      body: JSON.stringify({ host: `${host}.`, value }),
    });
    assert.ok(response.ok);
  };

  it('returns once every value is served, however many other values the name has', async () => {
    const name = '_acme-challenge.ready.example.com';
    await setTxt(name, 'unrelated');
    await setTxt(name, 'apex');
    await setTxt(name, 'wildcard');
    const log = memoryLog();
    await waitForTxt(name, ['apex', 'wildcard'], { zone: 'example.com', resolvers: [challtestsrv.dnsAddress], timeoutMs: 5000, log });
    assert.match(log.text(), /served by every server/);
  });

  it('keeps polling until the last value appears', async () => {
    const name = '_acme-challenge.later.example.com';
    await setTxt(name, 'first');
    const log = memoryLog();
    const waiting = waitForTxt(name, ['first', 'second'], {
      zone: 'example.com',
      resolvers: [challtestsrv.dnsAddress],
      timeoutMs: 10_000,
      log,
    });
    await waitFor(() => log.lines.some((line) => line.includes('not yet served')), { timeoutMs: 5000, what: 'a first miss' });
    await setTxt(name, 'second');
    await waiting;
  });

  it('times out naming the name, the missing values and the servers asked', async () => {
    const name = '_acme-challenge.never.example.com';
    await setTxt(name, 'present');
    const started = Date.now();
    await assert.rejects(
      waitForTxt(name, ['present', 'absent-1', 'absent-2'], {
        zone: 'example.com',
        resolvers: [challtestsrv.dnsAddress],
        timeoutMs: 700,
        log: memoryLog(),
      }),
      (error: Error) => {
        assert.match(error.message, /_acme-challenge\.never\.example\.com/);
        assert.match(error.message, /"absent-1", "absent-2"/);
        assert.ok(!/"present"/.test(error.message), 'a visible value is not reported missing');
        assert.ok(error.message.includes(challtestsrv.dnsAddress));
        return true;
      },
    );
    assert.ok(Date.now() - started < 3000, 'gives up close to the timeout');
  });

  it('stops promptly when aborted', async () => {
    const controller = new AbortController();
    const waiting = waitForTxt('_acme-challenge.aborted.example.com', ['x'], {
      zone: 'example.com',
      resolvers: [challtestsrv.dnsAddress],
      timeoutMs: 60_000,
      log: memoryLog(),
      signal: controller.signal,
    });
    controller.abort();
    const started = Date.now();
    await assert.rejects(waiting, { name: 'AbortError' });
    assert.ok(Date.now() - started < 2000);
  });
});

describe('finding authoritative servers', () => {
  const lookup = (ns: Record<string, { v4?: string[]; v6?: string[] }>): NsLookup =>
    ({
      resolveNs: async () => Object.keys(ns),
      resolve4: async (host: string) => ns[host].v4 ?? Promise.reject(new Error('ENODATA')),
      resolve6: async (host: string) => ns[host].v6 ?? Promise.reject(new Error('ENODATA')),
    }) as unknown as NsLookup;

  it('asks every IPv4 address of every NS host, IPv6 only where a host has no IPv4, and skips hosts without addresses', async () => {
    const servers = await findAuthoritativeServers(
      'example.com',
      lookup({
        'ns1.alidns.com': { v4: ['192.0.2.1', '192.0.2.11'], v6: ['2001:db8::1'] },
        'ns2.alidns.com': { v6: ['2001:db8::2'] },
        'ns3.gone.example': {},
      }),
    );
    assert.deepEqual(servers, [
      { label: 'ns1.alidns.com (192.0.2.1)', addresses: ['192.0.2.1'] },
      { label: 'ns1.alidns.com (192.0.2.11)', addresses: ['192.0.2.11'] },
      { label: 'ns2.alidns.com (2001:db8::2)', addresses: ['2001:db8::2'] },
    ]);
  });

  it('explains a zone whose NS records cannot be found and points to dns-resolvers', async () => {
    const failing = { resolveNs: async () => Promise.reject(new Error('queryNs ESERVFAIL example.com')) } as unknown as NsLookup;
    await assert.rejects(findAuthoritativeServers('example.com', failing), /name servers of zone example\.com.*ESERVFAIL.*dns-resolvers/);
  });
});
