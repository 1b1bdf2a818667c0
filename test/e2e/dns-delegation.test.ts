// CNAME delegation end to end: `_acme-challenge.www.example.com` is a CNAME into another zone, and
// pebble validates through it. The built action must place the TXT record at the target.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { clearCname, setCname } from '../support/challtestsrv.js';
import { assertSucceeded } from '../support/run-action.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';

const NAME = '_acme-challenge.www.example.com';
const TARGET = '_acme-challenge.www.example.com.other.org';

let fx: CoreFixture;
before(async () => {
  fx = await startCoreFixture();
  await setCname(fx.pebble.challtestsrv.managementUrl, NAME, TARGET);
});
after(async () => {
  await clearCname(fx.pebble.challtestsrv.managementUrl, NAME).catch(() => {});
  await fx?.stop();
});

describe('CNAME delegation', () => {
  it('issues for a name whose _acme-challenge is a CNAME into another zone, adding the TXT record there', async () => {
    const run = await fx.run(fx.inputs(fx.newStatePath(), { domains: 'www.example.com' }));
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'issued');
    assert.match(run.log, /_acme-challenge\.www\.example\.com is delegated by CNAME to _acme-challenge\.www\.example\.com\.other\.org/);
    const added = fx.dns.requests.filter((request) => request.Action === 'AddDomainRecord').at(-1);
    assert.deepEqual([added?.params.DomainName, added?.params.RR], ['other.org', '_acme-challenge.www.example.com']);
    assert.deepEqual(fx.txtRecords(), []);
  });

  it('with dns-follow-cname: false the record goes to the delegated name itself, where nobody looks', async () => {
    const run = await fx.run(fx.inputs(fx.newStatePath(), { domains: 'www.example.com', 'dns-follow-cname': 'false', 'dns-propagation-timeout': '2' }));
    assert.notEqual(run.exitCode, 0);
    const added = fx.dns.requests.filter((request) => request.Action === 'AddDomainRecord').at(-1);
    assert.deepEqual([added?.params.DomainName, added?.params.RR], ['example.com', '_acme-challenge.www']);
    assert.match(run.log, /were not visible within 2 s/);
    assert.deepEqual(fx.txtRecords(), []);
  });
});
