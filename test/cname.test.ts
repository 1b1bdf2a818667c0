// Following a CNAME at a challenge name, as a CA does, with the lookups stubbed.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { resolveChallengeName, type CnameLookup } from '../src/dns/cname.js';

function lookup(cnames: Record<string, string>, failing: Record<string, string> = {}): CnameLookup {
  return {
    resolveCname: async (name: string) => {
      if (failing[name]) throw Object.assign(new Error(`queryCname ${failing[name]} ${name}`), { code: failing[name] });
      if (cnames[name]) return [cnames[name]];
      throw Object.assign(new Error(`queryCname ENODATA ${name}`), { code: 'ENODATA' });
    },
  } as unknown as CnameLookup;
}

it('is the name itself when it has no CNAME', async () => {
  assert.equal(await resolveChallengeName('_acme-challenge.example.com', lookup({})), '_acme-challenge.example.com');
});

it('follows a chain to its end, in lower case without the final dot', async () => {
  const chain = lookup({
    '_acme-challenge.example.com': '_acme-challenge.Example.NET.',
    '_acme-challenge.example.net': 'token.acme.example.org',
  });
  assert.equal(await resolveChallengeName('_acme-challenge.example.com', chain), 'token.acme.example.org');
});

it('reports a loop instead of following it forever', async () => {
  const loop = lookup({ 'a.example.com': 'b.example.com', 'b.example.com': 'a.example.com' });
  await assert.rejects(resolveChallengeName('a.example.com', loop), /CNAME chain of a\.example\.com does not end: a\.example\.com -> b\.example\.com -> a\.example\.com/);
});

it('reports a lookup that fails, naming the name and the error', async () => {
  await assert.rejects(
    resolveChallengeName('_acme-challenge.example.com', lookup({}, { '_acme-challenge.example.com': 'ESERVFAIL' })),
    /cannot look up a CNAME at _acme-challenge\.example\.com \(ESERVFAIL\)/,
  );
});
