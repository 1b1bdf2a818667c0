// rfc2136 end to end: the built action updates a real BIND server by TSIG-signed DNS UPDATE, checks
// propagation at the zone's name servers found through the system resolver, and pebble validates
// through the same recursive resolver the runner uses. That resolver must not have cached "no such
// name" for the challenge name before the record existed: the CNAME lookup asks the zone's
// authoritative server, or pebble would see NXDOMAIN here.
import assert from 'node:assert/strict';
import { promises as dns } from 'node:dns';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startAuthoritativeDns, type AuthoritativeDns } from '../support/authoritative-dns.js';
import { startPebble, type Pebble } from '../support/pebble.js';
import { assertSucceeded, runAction, type ActionRun } from '../support/run-action.js';

let bed: AuthoritativeDns;
let pebble: Pebble;
let scratch: string;
let runs = 0;

before(async () => {
  bed = await startAuthoritativeDns({
    servers: [{ name: 'primary' }],
    zones: (ip) => [{ name: 'example.test', records: ['@ NS ns1', `ns1 A ${ip.primary[0]}`] }],
  });
  pebble = await startPebble({ dnsServer: `${bed.resolverAddress}:53` });
  scratch = mkdtempSync(join(tmpdir(), 'rfc2136-e2e-'));
});
after(async () => {
  await pebble?.stop();
  await bed?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function run(domains: string, env: Record<string, string>): Promise<ActionRun> {
  return runAction({
    inputs: {
      domains,
      email: 'ops@example.test',
      'accept-tos': 'true',
      server: pebble.directoryUrl,
      'ca-certificates': pebble.caCertPath,
      dns: 'rfc2136',
      'dns-ttl': '60',
      'dns-propagation-timeout': '30',
      path: join(scratch, `state-${++runs}`),
      cache: 'false',
    },
    env: { RFC2136_NAMESERVER: bed.server('primary').addresses[0], RFC2136_TSIG_KEY: bed.tsig!.name, ...env },
    resolvConf: bed.resolvConfPath,
  });
}

async function txt(name: string): Promise<string[]> {
  const resolver = new dns.Resolver({ timeout: 1000, tries: 2 });
  resolver.setServers([bed.server('primary').addresses[0]]);
  return resolver.resolveTxt(name).then(
    (records) => records.map((chunks) => chunks.join('')),
    () => [],
  );
}

describe('rfc2136', () => {
  it("issues apex + wildcard through TSIG-signed updates (lego's algorithm spelling with the trailing dot) and leaves no TXT record", async () => {
    const result = await run('example.test, *.example.test', { RFC2136_TSIG_SECRET: bed.tsig!.secret, RFC2136_TSIG_ALGORITHM: 'hmac-sha256.' });
    assertSucceeded(result);
    assert.equal(result.outputs.result, 'issued');
    assert.match(result.log, /Waiting for 2 TXT value\(s\) on _acme-challenge\.example\.test to be served by ns1\.example\.test/);
    assert.deepEqual(await txt('_acme-challenge.example.test'), []);
    const lines = result.log.split('\n');
    assert.deepEqual(lines.filter((line) => line.includes(bed.tsig!.secret)), [`::add-mask::${bed.tsig!.secret}`]);
  });

  it('a TSIG secret the server does not know fails naming RFC2136_TSIG_SECRET, never printing it', async () => {
    const wrong = Buffer.from('a secret this server does not know').toString('base64');
    const result = await run('www.example.test', { RFC2136_TSIG_SECRET: wrong, RFC2136_TSIG_ALGORITHM: 'hmac-sha256' });
    assert.notEqual(result.exitCode, 0);
    assert.match(result.log, /RFC 2136 add failed: the server refuses the TSIG signature: RFC2136_TSIG_KEY, RFC2136_TSIG_SECRET/);
    assert.deepEqual(result.log.split('\n').filter((line) => line.includes(wrong)), [`::add-mask::${wrong}`]);
    assert.deepEqual(await txt('_acme-challenge.www.example.test'), []);
  });
});
