import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { challengeName, findZone, relativeName } from '../src/dns/zones.js';

describe('zone matching', () => {
  const zones = ['example.com', 'example.co.uk', 'b.example.co.uk', 'xn--fsqu00a.xn--fiqs8s', 'ample.com'];

  it('picks the longest zone on whole labels: a.b.example.co.uk → b.example.co.uk, a.c.example.co.uk → example.co.uk', () => {
    assert.equal(findZone('_acme-challenge.a.b.example.co.uk', zones), 'b.example.co.uk');
    assert.equal(findZone('_acme-challenge.a.c.example.co.uk', zones), 'example.co.uk');
    assert.equal(findZone('a.b.example.co.uk', ['example.co.uk']), 'example.co.uk');
  });

  it('never matches inside a label (example.com is not in zone ample.com)', () => {
    assert.equal(findZone('_acme-challenge.example.com', ['ample.com']), undefined);
    assert.equal(findZone('www.notexample.com', ['example.com']), undefined);
  });

  it('matches the apex, ignores case and a trailing dot', () => {
    assert.equal(findZone('EXAMPLE.com.', zones), 'example.com');
    assert.equal(findZone('_ACME-Challenge.WWW.Example.Com', ['Example.COM.']), 'example.com');
  });

  it('matches Unicode names against punycode zones', () => {
    assert.equal(findZone('_acme-challenge.www.例子.中国', zones), 'xn--fsqu00a.xn--fiqs8s');
    assert.equal(findZone('_acme-challenge.xn--fsqu00a.xn--fiqs8s', ['例子.中国']), 'xn--fsqu00a.xn--fiqs8s');
  });

  it('finds nothing among no zones or unrelated zones', () => {
    assert.equal(findZone('_acme-challenge.example.org', []), undefined);
    assert.equal(findZone('_acme-challenge.example.org', zones), undefined);
  });
});

describe('record names', () => {
  it('puts the challenge under _acme-challenge, in ASCII', () => {
    assert.equal(challengeName('www.example.com'), '_acme-challenge.www.example.com');
    assert.equal(challengeName('例子.中国'), '_acme-challenge.xn--fsqu00a.xn--fiqs8s');
  });

  it('gives the RR relative to the zone, @ for the apex itself', () => {
    assert.equal(relativeName('_acme-challenge.www.example.com', 'example.com'), '_acme-challenge.www');
    assert.equal(relativeName('_acme-challenge.example.com', 'example.com'), '_acme-challenge');
    assert.equal(relativeName('_acme-challenge.a.b.example.co.uk', 'example.co.uk'), '_acme-challenge.a.b');
    assert.equal(relativeName('_acme-challenge.example.com', '_acme-challenge.example.com'), '@');
  });

  it('refuses a name outside the zone', () => {
    assert.throws(() => relativeName('_acme-challenge.example.org', 'example.com'), /not inside zone example\.com/);
  });
});
