// The DNS-01 solver with the real AliDNS provider, the AliDNS double and a real DNS server
// (pebble-challtestsrv, which the double mirrors its TXT records into).
import assert from 'node:assert/strict';
import { Resolver } from 'node:dns/promises';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { createAliDnsProvider } from '../src/dns/alidns.js';
import { presentChallenges, type PresentOptions } from '../src/dns/dns01-solver.js';
import type { DnsProvider } from '../src/dns/provider.js';
import { startAliDnsServer, type AliDnsServer } from './doubles/alidns-server.js';
import { memoryLog } from './support/memory-log.js';
import { startChallTestSrv, type RunningChallTestSrv } from './support/pebble.js';

const KEY_ID = 'LTAI5tSolverTest01';
const SECRET = 'solver-secret-3Hn8Wq';
const ZONES = ['example.com', 'example.co.uk', '例子.中国'];

describe('presenting DNS-01 challenges', () => {
  let challtestsrv: RunningChallTestSrv;
  let server: AliDnsServer;
  let provider: DnsProvider;
  let log: ReturnType<typeof memoryLog>;
  const resolver = new Resolver({ timeout: 1000, tries: 1 });

  before(async () => {
    challtestsrv = await startChallTestSrv();
    resolver.setServers([challtestsrv.dnsAddress]);
  });
  after(() => challtestsrv.stop());
  beforeEach(async () => {
    server = await startAliDnsServer({
      accessKeys: { [KEY_ID]: SECRET },
      zones: ZONES,
      challtestsrv: { managementUrl: challtestsrv.managementUrl },
    });
    log = memoryLog();
    provider = createAliDnsProvider({
      endpoint: server.endpoint,
      credentials: { accessKeyId: KEY_ID, accessKeySecret: SECRET },
      log,
      retry: { minDelayMs: 5, maxDelayMs: 20 },
    });
  });
  afterEach(async () => {
    // Leave challtestsrv empty for the next test: delete whatever a test left in the double.
    for (const record of server.records()) await provider.deleteTxt({ zone: '', fqdn: '', value: record.Value, id: record.RecordId });
    await server.stop();
  });

  const options = (extra: Partial<PresentOptions> = {}): PresentOptions => ({
    ttl: 600,
    propagationTimeoutMs: 5000,
    resolvers: [challtestsrv.dnsAddress],
    log,
    ...extra,
  });

  const served = async (name: string) => {
    try {
      return (await resolver.resolveTxt(name)).map((chunks) => chunks.join('')).sort();
    } catch {
      return [];
    }
  };

  it('keeps apex and wildcard values side by side, and cleanup spares an unrelated TXT on the same name', async () => {
    const unrelated = (await provider.appendTxt('example.com', '_acme-challenge.example.com', 'someone-elses', 600))?.id;
    const presented = await presentChallenges(
      async () => provider,
      [
        { domain: 'example.com', value: 'apex-value' },
        { domain: 'example.com', value: 'wildcard-value' },
      ],
      options(),
    );
    assert.deepEqual(await served('_acme-challenge.example.com'), ['apex-value', 'someone-elses', 'wildcard-value']);

    await presented.cleanUp();
    assert.deepEqual(server.records().map((record) => record.RecordId), [unrelated]);
    assert.deepEqual(await served('_acme-challenge.example.com'), ['someone-elses']);
    assert.equal(server.requests.filter((request) => request.Action === 'DeleteDomainRecord').length, 2);
    assert.match(log.text(), /Removed TXT _acme-challenge\.example\.com \(record \d+\)/);
  });

  it('lists zones once, adds every record, then waits for every name', async () => {
    const presented = await presentChallenges(
      async () => provider,
      [
        { domain: 'a.b.example.co.uk', value: 'deep' },
        { domain: 'www.xn--fsqu00a.xn--fiqs8s', value: 'idn' },
        { domain: 'example.com', value: 'apex' },
      ],
      options(),
    );
    try {
      assert.equal(server.requests.filter((request) => request.Action === 'DescribeDomains').length, 1);
      const added = server.records().map(({ DomainName, RR, Value }) => ({ DomainName, RR, Value }));
      assert.deepEqual(
        added.sort((a, b) => a.Value.localeCompare(b.Value)),
        [
          { DomainName: 'example.com', RR: '_acme-challenge', Value: 'apex' },
          { DomainName: 'example.co.uk', RR: '_acme-challenge.a.b', Value: 'deep' },
          { DomainName: '例子.中国', RR: '_acme-challenge.www', Value: 'idn' },
        ],
      );
      // All adds precede the first propagation poll, so the whole batch propagates at once.
      const actions = server.requests.map((request) => request.Action);
      assert.deepEqual(actions, ['DescribeDomains', 'AddDomainRecord', 'AddDomainRecord', 'AddDomainRecord']);
      assert.deepEqual(await served('_acme-challenge.a.b.example.co.uk'), ['deep']);
    } finally {
      await presented.cleanUp();
    }
    assert.deepEqual(server.records(), []);
  });

  it('fails before adding anything when a domain is in none of the visible zones', async () => {
    await assert.rejects(
      presentChallenges(
        async () => provider,
        [
          { domain: 'example.com', value: 'fine' },
          { domain: 'example.org', value: 'orphan' },
        ],
        options(),
      ),
      /no AliDNS zone for example\.org among the 3 zones these credentials can see/,
    );
    assert.deepEqual(server.records(), []);
    assert.ok(!server.requests.some((request) => request.Action === 'AddDomainRecord'));
  });

  it('treats an identical existing record as present and leaves it at cleanup', async () => {
    const existing = (await provider.appendTxt('example.com', '_acme-challenge.www.example.com', 'same-value', 600))?.id;
    const presented = await presentChallenges(async () => provider, [{ domain: 'www.example.com', value: 'same-value' }], options());
    await presented.cleanUp();
    assert.deepEqual(server.records().map((record) => record.RecordId), [existing]);
    assert.match(log.text(), /already holds this challenge value/);
  });

  it('removes what it added when propagation times out, then rethrows', async () => {
    // A double that mirrors nowhere: the records never appear in DNS.
    const unmirrored = await startAliDnsServer({ accessKeys: { [KEY_ID]: SECRET }, zones: ZONES });
    try {
      const quiet = createAliDnsProvider({
        endpoint: unmirrored.endpoint,
        credentials: { accessKeyId: KEY_ID, accessKeySecret: SECRET },
        log,
      });
      await assert.rejects(
        presentChallenges(
          async () => quiet,
          [
            { domain: 'example.com', value: 'never-seen' },
            { domain: 'www.example.com', value: 'also-never' },
          ],
          options({ propagationTimeoutMs: 600 }),
        ),
        /TXT records for _acme-challenge\.(www\.)?example\.com were not visible.*"(never-seen|also-never)"/,
      );
      assert.deepEqual(unmirrored.records(), []);
      assert.equal(unmirrored.requests.filter((request) => request.Action === 'DeleteDomainRecord').length, 2);
    } finally {
      await unmirrored.stop();
    }
  });

  it('removes the records already added when another add fails for good', async () => {
    server.failNext('Forbidden.RAM', 1, 'AddDomainRecord');
    await assert.rejects(
      presentChallenges(
        async () => provider,
        [
          { domain: 'one.example.com', value: 'v1' },
          { domain: 'two.example.com', value: 'v2' },
        ],
        options(),
      ),
      /AliDNS AddDomainRecord failed: .*Forbidden\.RAM/,
    );
    assert.equal(server.requests.filter((request) => request.Action === 'DeleteDomainRecord').length, 1);
    assert.deepEqual(server.records(), []);
  });

  it('cleanup that cannot delete a record warns with the leftover record id instead of throwing', async () => {
    const presented = await presentChallenges(
      async () => provider,
      [
        { domain: 'one.example.com', value: 'v1' },
        { domain: 'two.example.com', value: 'v2' },
      ],
      options(),
    );
    server.failNext('Forbidden.RAM', 1, 'DeleteDomainRecord');
    await presented.cleanUp();
    assert.equal(server.records().length, 1);
    const warnings = log.lines.filter((line) => line.startsWith('warning:'));
    const leftover = server.records()[0];
    assert.ok(warnings.some((line) => line.includes('still in AliDNS') && line.includes(`record ${leftover.RecordId}`)));
    assert.ok(!log.text().includes(SECRET));
  });
});
