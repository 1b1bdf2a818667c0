import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certificateName, normaliseDomains } from '../src/config/domains.js';
import { InputError } from '../src/config/input-helper.js';

describe('certificate names', () => {
  it('names files like lego: * becomes _, IDNs become punycode', () => {
    assert.equal(certificateName(normaliseDomains(['*.Example.com', 'example.com'], 'domains')), '_.example.com');
    assert.deepEqual(normaliseDomains(['例子.中国', '*.例子.中国'], 'domains'), ['xn--fsqu00a.xn--fiqs8s', '*.xn--fsqu00a.xn--fiqs8s']);
  });

  for (const [bad, why] of [
    ['a..example.com', /empty label/],
    ['ex_ample.com', /invalid label/],
    ['www.*.example.com', /leftmost/],
    ['*example.com', /leftmost|invalid/],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`, /253/],
    [`${'a'.repeat(64)}.com`, /invalid label/],
    ['localhost', /fully qualified/],
    ['-bad.example.com', /invalid label/],
  ] as const) {
    it(`refuses ${bad.length > 40 ? 'a too long name' : bad}`, () => {
      assert.throws(() => normaliseDomains([bad], 'domains'), (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.match(error.message, /^Input 'domains':/);
        assert.match(error.message, why);
        return true;
      });
    });
  }

  it('refuses a name listed twice, also in another spelling', () => {
    assert.throws(() => normaliseDomains(['example.com', 'EXAMPLE.com'], 'domains'), /listed twice/);
  });

  it('keeps IP addresses (RFC 8738) in canonical form, and names files like lego (IPv6 ":" becomes "-")', () => {
    assert.deepEqual(normaliseDomains(['192.0.2.10', '2001:DB8:0:0::1', '[2001:db8::2]'], 'domains'), ['192.0.2.10', '2001:db8::1', '2001:db8::2']);
    assert.equal(certificateName(normaliseDomains(['2001:DB8::1'], 'domains')), '2001-db8--1');
    assert.throws(() => normaliseDomains(['2001:db8::1', '2001:0db8::0001'], 'domains'), /listed twice/);
  });
});
