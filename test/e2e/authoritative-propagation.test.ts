// The propagation check as it runs for real users: no dns-resolvers, so the action finds the zone's
// name servers through the system resolver and asks each of them, at each address, directly. The
// zones live on real BIND servers that the AliDNS double updates (RFC 2136), one of them late;
// pebble validates through a recursive resolver in front of them, so issuance is real end to end.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { promises as dns } from 'node:dns';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { waitForTxt, type DnsLookup } from '../../src/dns/propagation.js';
import { startAliDnsServer, type AliDnsServer } from '../doubles/alidns-server.js';
import { startAuthoritativeDns, type AuthoritativeDns } from '../support/authoritative-dns.js';
import { memoryLog } from '../support/memory-log.js';
import { startPebble, type Pebble } from '../support/pebble.js';
import { waitFor } from '../support/ports.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET } from './core-fixture.js';

/** How late server `b` (the second address of ns1.example.com) serves a change. */
const LAG_MS = 4000;

let bed: AuthoritativeDns;
let pebble: Pebble;
let alidns: AliDnsServer;
let scratch: string;
let runs = 0;

before(async () => {
  bed = await startAuthoritativeDns({
    servers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'hung' }],
    zones: (ip) => [
      {
        name: 'example.com',
        // One NS name on two machines, as providers' anycast or load-balanced name servers are.
        records: ['@ NS ns1', '@ NS ns2', `ns1 A ${ip.a[0]}`, `ns1 A ${ip.b[0]}`, `ns2 A ${ip.c[0]}`, '_acme-challenge.alias CNAME _acme-challenge.alias.example.net.'],
        servers: ['a', 'b', 'c'],
      },
      { name: 'example.org', records: ['@ NS ns1.example.com.', '@ NS ns3', `ns3 A ${ip.hung[0]}`], servers: ['a', 'b', 'c', 'hung'] },
      { name: 'example.net', records: ['@ NS ns2.example.com.'], servers: ['c'] },
    ],
    // The CA's view of example.com comes from the late server only: a run that does not wait for it fails.
    resolver: { stubs: (zone, ip) => (zone === 'example.com' ? ip.b : zone === 'example.net' ? ip.c : ip.a) },
  });
  pebble = await startPebble({ dnsServer: `${bed.resolverAddress}:53` });
  alidns = await startAliDnsServer({
    accessKeys: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET },
    zones: ['example.com', 'example.org'],
    txtMirrors: ['a', 'b', 'c'].map((name) => bed.server(name)),
  });
  scratch = mkdtempSync(join(tmpdir(), 'authoritative-e2e-'));
});
after(async () => {
  await alidns?.stop();
  await pebble?.stop();
  await bed?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function run(domains: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      domains,
      email: 'ops@example.com',
      'accept-tos': 'true',
      server: pebble.directoryUrl,
      'ca-certificates': pebble.caCertPath,
      'dns-propagation-timeout': '60',
      'alidns-endpoint': alidns.endpoint,
      path: join(scratch, `state-${++runs}`),
      cache: 'false',
      ...extra,
    },
    env: { ALICLOUD_ACCESS_KEY: ACCESS_KEY_ID, ALICLOUD_SECRET_KEY: ACCESS_KEY_SECRET },
    resolvConf: bed.resolvConfPath,
  });
}

const txtRecords = () => alidns.records().filter((record) => record.Type === 'TXT');

describe('propagation through real authoritative servers', () => {
  it('waits for every address of every name server, the one that serves changes late included', async () => {
    bed.server('b').lagMs = LAG_MS;
    const [a, b, c] = ['a', 'b', 'c'].map((name) => bed.server(name).addresses[0]);
    const result = await run('example.com, *.example.com');
    assert.equal(result.exitCode, 0, result.log);
    assert.equal(result.outputs.result, 'issued');
    for (const label of [`ns1.example.com (${a})`, `ns1.example.com (${b})`, `ns2.example.com (${c})`]) {
      assert.ok(result.log.includes(label), `${label} is asked:\n${result.log}`);
    }
    const waited = Number(/served by every server after ([\d.]+) s/.exec(result.log)?.[1]);
    assert.ok(waited >= (LAG_MS - 1000) / 1000, `waited ${waited} s for a server ${LAG_MS} ms late`);
    assert.deepEqual(txtRecords(), []);
  });

  it('fails the wait naming a name server that never answers, after dns-propagation-timeout', async () => {
    bed.server('b').lagMs = 0;
    const hung = bed.server('hung');
    await hung.pause();
    try {
      const started = Date.now();
      const result = await run('www.example.org', { 'dns-propagation-timeout': '5' });
      const elapsed = Date.now() - started;
      assert.notEqual(result.exitCode, 0);
      assert.match(result.log, new RegExp(`ns3\\.example\\.org \\(${hung.addresses[0].replace(/\./g, '\\.')}\\): query failed \\(ETIMEOUT\\)`));
      assert.match(result.log, /not visible within 5 s/);
      assert.ok(!/ns1\.example\.com \([\d.]+\): /.test(/not visible within[^\n]*/.exec(result.log)?.[0] ?? ''), 'servers that answered are not blamed');
      assert.ok(elapsed < 30_000, `the run took ${elapsed} ms`);
      assert.deepEqual(txtRecords(), [], 'the TXT record is removed');
    } finally {
      hung.resume();
    }
  });
});

describe('a challenge name delegated by CNAME to another zone', () => {
  /** The system resolver as the test bed's runner has it. */
  const lookup = (): DnsLookup => {
    const resolver = new dns.Resolver({ timeout: 2000, tries: 2 });
    resolver.setServers([bed.resolverAddress!]);
    return resolver;
  };

  it("waits for the TXT record at the CNAME's target, asking the target zone's servers", async () => {
    const log = memoryLog();
    const value = `token-${Date.now()}`;
    const waiting = waitForTxt('_acme-challenge.alias.example.com', [value], { zone: 'example.com', timeoutMs: 20_000, log, lookup: lookup() });
    await waitFor(() => log.lines.some((line) => line.includes('not yet served')), { timeoutMs: 10_000, what: 'a first miss' });
    assert.match(log.text(), /_acme-challenge\.alias\.example\.com is a CNAME to _acme-challenge\.alias\.example\.net \(zone example\.net\)/);
    assert.match(log.text(), new RegExp(`ns2\\.example\\.com \\(${bed.server('c').addresses[0].replace(/\./g, '\\.')}\\)`));
    await bed.server('c').setTxt('_acme-challenge.alias.example.net', [value]);
    await waiting;
    await bed.server('c').setTxt('_acme-challenge.alias.example.net', []);
  });
});
