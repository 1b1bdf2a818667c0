// The authoritative DNS test bed itself: every address of every server answers for its zones, the
// resolver reaches them, updates need the key, and a late or paused server behaves as announced.
import assert from 'node:assert/strict';
import { promises as dns } from 'node:dns';
import { after, before, describe, it } from 'node:test';
import { startAuthoritativeDns, type AuthoritativeDns } from './support/authoritative-dns.js';
import { run } from './support/netns.js';
import { waitFor } from './support/ports.js';

describe('authoritative name servers', () => {
  let bed: AuthoritativeDns;
  before(async () => {
    bed = await startAuthoritativeDns({
      servers: [{ name: 'one', addressCount: 2 }, { name: 'two' }],
      zones: (ip) => [{ name: 'example.com', records: ['@ NS ns1', `ns1 A ${ip.one[0]}`, `ns1 A ${ip.one[1]}`, '@ NS ns2', `ns2 A ${ip.two[0]}`] }],
    });
  });
  after(() => bed?.stop());

  const txt = async (address: string, name: string) => {
    const resolver = new dns.Resolver({ timeout: 1000, tries: 1 });
    resolver.setServers([address]);
    return (await resolver.resolveTxt(name).catch(() => [])).map((chunks) => chunks.join('')).sort();
  };

  it('serves a change at every address of a server, and through the resolver', async () => {
    await bed.server('one').setTxt('_acme-challenge.example.com', ['a', 'b']);
    for (const address of bed.server('one').addresses) assert.deepEqual(await txt(address, '_acme-challenge.example.com'), ['a', 'b']);
    assert.deepEqual(await txt(bed.server('two').addresses[0], '_acme-challenge.example.com'), [], 'each server is updated on its own');
    const resolver = new dns.Resolver({ timeout: 2000, tries: 2 });
    resolver.setServers([bed.resolverAddress!]);
    assert.deepEqual((await resolver.resolveNs('example.com')).sort(), ['ns1.example.com', 'ns2.example.com']);
    await bed.server('one').setTxt('_acme-challenge.example.com', []);
    assert.deepEqual(await txt(bed.server('one').addresses[1], '_acme-challenge.example.com'), []);
  });

  it('refuses an update signed with another key', async () => {
    const script = `server ${bed.server('two').addresses[0]} 53\nzone example.com.\nupdate add x.example.com. 60 TXT "no"\nsend\n`;
    const result = await run('nsupdate', ['-y', `hmac-sha256:${bed.tsig!.name}:${Buffer.alloc(32, 1).toString('base64')}`], { input: script, check: false });
    assert.notEqual(result.code, 0);
    assert.deepEqual(await txt(bed.server('two').addresses[0], 'x.example.com'), []);
  });

  it('applies a late server’s changes late, and a paused server does not answer', async () => {
    const two = bed.server('two');
    two.lagMs = 1500;
    const started = Date.now();
    await two.setTxt('late.example.com', ['v']);
    assert.deepEqual(await txt(two.addresses[0], 'late.example.com'), []);
    await waitFor(async () => (await txt(two.addresses[0], 'late.example.com')).length === 1, { timeoutMs: 10_000, what: 'the late change' });
    assert.ok(Date.now() - started >= 1400);
    two.lagMs = 0;
    await two.pause();
    try {
      const resolver = new dns.Resolver({ timeout: 500, tries: 1 });
      resolver.setServers([two.addresses[0]]);
      await assert.rejects(resolver.resolveTxt('late.example.com'), { code: 'ETIMEOUT' });
    } finally {
      two.resume();
    }
  });
});
