// The solver with the in-memory record-set provider and a real DNS server (pebble-challtestsrv):
// values of one name never overwrite each other, CNAME delegation places the record at the target,
// and names at two providers are each sent to their own.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { recursiveLookupThrough, resolveChallengeName } from '../src/dns/cname.js';
import { presentChallenges, type PresentOptions } from '../src/dns/dns01-solver.js';
import { mirrorTxt, clearCname, setCname } from './support/challtestsrv.js';
import { memoryDns, type MemoryDns } from './support/memory-dns.js';
import { memoryLog } from './support/memory-log.js';
import { startChallTestSrv, type RunningChallTestSrv } from './support/pebble.js';

let challtestsrv: RunningChallTestSrv;
let log: ReturnType<typeof memoryLog>;
before(async () => {
  challtestsrv = await startChallTestSrv();
});
after(() => challtestsrv.stop());
beforeEach(() => {
  log = memoryLog();
});

const mirrored = (zones: string[]) => memoryDns(zones, undefined, (fqdn, values) => mirrorTxt(challtestsrv.managementUrl, fqdn, values));
const options = (extra: Partial<PresentOptions> = {}): PresentOptions => ({
  ttl: 600,
  propagationTimeoutMs: 5000,
  resolvers: [challtestsrv.dnsAddress],
  followCname: true,
  log,
  ...extra,
});

describe('record-set providers', () => {
  it('apex and wildcard values of one name both end up in the set (changes of one name never overlap)', async () => {
    const dns = mirrored(['example.com']);
    const presented = await presentChallenges(async () => dns.provider(), [
      { domain: 'example.com', value: 'apex' },
      { domain: 'example.com', value: 'wildcard' },
      { domain: 'www.example.com', value: 'www' },
    ], options());
    assert.deepEqual(dns.sets.get('_acme-challenge.example.com'), ['apex', 'wildcard']);
    await presented.cleanUp();
    assert.deepEqual([...dns.sets.keys()], []);
  });
});

describe('CNAME delegation', () => {
  const delegated = '_acme-challenge.www.example.com';
  const target = '_acme-challenge.www.example.com.auth.example.net';
  before(() => setCname(challtestsrv.managementUrl, delegated, target));
  after(() => clearCname(challtestsrv.managementUrl, delegated));

  it('places the TXT record at the CNAME target, in the target zone, and waits for it there', async () => {
    const dns = mirrored(['example.com', 'auth.example.net']);
    const presented = await presentChallenges(async () => dns.provider(), [{ domain: 'www.example.com', value: 'delegated' }], options());
    assert.deepEqual([...dns.sets], [[target, ['delegated']]]);
    assert.match(log.text(), new RegExp(`${delegated} is delegated by CNAME to ${target}`));
    assert.match(log.text(), /Waiting for 1 TXT value\(s\) on _acme-challenge\.www\.example\.com\.auth\.example\.net/);
    await presented.cleanUp();
    assert.deepEqual([...dns.sets], []);
  });

  it('with dns-follow-cname false, places it at _acme-challenge.<name> itself', async () => {
    const dns = mirrored(['example.com', 'auth.example.net']);
    await assert.rejects(
      presentChallenges(async () => dns.provider(), [{ domain: 'www.example.com', value: 'not-followed' }], options({ followCname: false, propagationTimeoutMs: 500 })),
      /not visible/,
    );
    assert.deepEqual(dns.changes.map((change) => change.fqdn), [delegated, delegated]);
  });

  it('a CNAME lookup that fails leaves the record at the name itself, with a warning', async () => {
    const dns = mirrored(['example.com']);
    const refused = { resolveCname: () => Promise.reject(Object.assign(new Error('refused'), { code: 'EREFUSED' })) };
    const presented = await presentChallenges(async () => dns.provider(), [{ domain: 'api.example.com', value: 'v' }], options({ cnameLookup: refused }));
    assert.deepEqual([...dns.sets.keys()], ['_acme-challenge.api.example.com']);
    assert.match(log.text(), /warning: cannot look up a CNAME at _acme-challenge\.api\.example\.com \(EREFUSED\); the TXT record goes to _acme-challenge\.api\.example\.com/);
    await presented.cleanUp();
  });

  it('follows a chain through dns-resolvers', async () => {
    await setCname(challtestsrv.managementUrl, '_acme-challenge.chain.example.com', 'hop.example.org');
    await setCname(challtestsrv.managementUrl, 'hop.example.org', 'end.example.net');
    try {
      const lookup = await recursiveLookupThrough([challtestsrv.dnsAddress]);
      assert.equal(await resolveChallengeName('_acme-challenge.chain.example.com', lookup), 'end.example.net');
    } finally {
      await clearCname(challtestsrv.managementUrl, '_acme-challenge.chain.example.com');
      await clearCname(challtestsrv.managementUrl, 'hop.example.org');
    }
  });
});

describe('names across providers', () => {
  it('sends each name to the provider of its zone and lists each provider’s zones once', async () => {
    const ali: MemoryDns = mirrored(['example.com']);
    const cf: MemoryDns = mirrored(['example.net']);
    const providers = { com: ali.provider({ name: 'A' }), net: cf.provider({ name: 'B' }) };
    const presented = await presentChallenges(async (fqdn) => (fqdn.endsWith('.net') ? providers.net : providers.com), [
      { domain: 'example.com', value: 'com-value' },
      { domain: 'example.net', value: 'net-value' },
      { domain: 'www.example.net', value: 'www-net-value' },
    ], options());
    assert.deepEqual([...ali.sets], [['_acme-challenge.example.com', ['com-value']]]);
    assert.deepEqual([...cf.sets].sort(), [['_acme-challenge.example.net', ['net-value']], ['_acme-challenge.www.example.net', ['www-net-value']]]);
    await presented.cleanUp();
    assert.equal(ali.sets.size + cf.sets.size, 0);
  });
});
