// Each DNS provider end to end: the built action issues through it against pebble, with the
// provider's double mirroring TXT records into the DNS server pebble validates against; and one
// order whose names live at two providers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCloudflareServer, type CloudflareServer } from '../doubles/cloudflare-server.js';
import { startHuaweiCloudServer, type HuaweiCloudServer } from '../doubles/huaweicloud-server.js';
import { startRoute53Server, type Route53Server } from '../doubles/route53-server.js';
import { startTencentCloudServer, type TencentCloudServer } from '../doubles/tencentcloud-server.js';
import { clearCname, setCname } from '../support/challtestsrv.js';
import { assertSucceeded } from '../support/run-action.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';

const CF_TOKEN = 'cf-dns-token-e2e-00000000000000000000001';

const AWS = { AWS_ACCESS_KEY_ID: 'ASIAE2EROUTE53000001', AWS_SECRET_ACCESS_KEY: 'route53-e2e-secret-5Rw', AWS_SESSION_TOKEN: 'route53-e2e-session-token-Pz' };
const TENCENT = { TENCENTCLOUD_SECRET_ID: 'AKIDe2eTencent000001', TENCENTCLOUD_SECRET_KEY: 'tencent-e2e-key-Hs8d', TENCENTCLOUD_SESSION_TOKEN: 'tencent-e2e-token-Lq2' };
const HUAWEI = { HUAWEICLOUD_ACCESS_KEY_ID: 'HPUAE2EHUAWEI0000001', HUAWEICLOUD_SECRET_ACCESS_KEY: 'huawei-e2e-sk-Wd4p' };
// Credentials of one provider only: the others' variables must not be needed.
const NO_ALIDNS = { ALICLOUD_ACCESS_KEY: undefined, ALICLOUD_SECRET_KEY: undefined };

let fx: CoreFixture;
let cf: CloudflareServer;
let r53: Route53Server;
let tc: TencentCloudServer;
let hw: HuaweiCloudServer;
before(async () => {
  fx = await startCoreFixture();
  const challtestsrv = { managementUrl: fx.pebble.challtestsrv.managementUrl };
  cf = await startCloudflareServer({ tokens: { [CF_TOKEN]: { zoneRead: true, dnsEdit: true } }, zones: ['example.net', 'example.com'], challtestsrv });
  r53 = await startRoute53Server({
    accessKeys: { [AWS.AWS_ACCESS_KEY_ID]: AWS.AWS_SECRET_ACCESS_KEY },
    sessionTokens: { [AWS.AWS_ACCESS_KEY_ID]: AWS.AWS_SESSION_TOKEN },
    zones: ['example.org'],
    challtestsrv,
  });
  tc = await startTencentCloudServer({
    secrets: { [TENCENT.TENCENTCLOUD_SECRET_ID]: TENCENT.TENCENTCLOUD_SECRET_KEY },
    tokens: { [TENCENT.TENCENTCLOUD_SECRET_ID]: TENCENT.TENCENTCLOUD_SESSION_TOKEN },
    zones: ['example.cn'],
    challtestsrv,
  });
  hw = await startHuaweiCloudServer({ accessKeys: { [HUAWEI.HUAWEICLOUD_ACCESS_KEY_ID]: HUAWEI.HUAWEICLOUD_SECRET_ACCESS_KEY }, zones: ['example.io'], challtestsrv });
});
after(async () => {
  await hw?.stop();
  await tc?.stop();
  await r53?.stop();
  await cf?.stop();
  await fx?.stop();
});

/** The secret is registered with the runner before anything else and never printed otherwise. */
function assertMasked(log: string, secret: string): void {
  const lines = log.split('\n');
  assert.equal(lines.findIndex((line) => line.includes(secret)), lines.indexOf(`::add-mask::${secret}`));
  assert.equal(lines.filter((line) => line.includes(secret)).length, 1);
}

const cfTxt = () => cf.records().filter((record) => record.type === 'TXT');

describe('DNS providers through the built action', () => {
  it('cloudflare: issues apex + wildcard and leaves no TXT record; the token is masked and never printed', async () => {
    const inputs = fx.inputs(fx.newStatePath(), { dns: 'cloudflare', 'cloudflare-endpoint': cf.endpoint, domains: 'example.net, *.example.net' });
    const run = await fx.run(inputs, { CF_DNS_API_TOKEN: CF_TOKEN, ...NO_ALIDNS });
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'issued');
    assert.equal(cf.requests.filter((request) => request.method === 'POST').length, 2);
    assert.deepEqual(cfTxt(), []);
    assertMasked(run.log, CF_TOKEN);
  });

  it('route53: issues apex + wildcard with session credentials, both values in one record set, and leaves none', async () => {
    const inputs = fx.inputs(fx.newStatePath(), { dns: 'route53', 'route53-endpoint': r53.endpoint, domains: 'example.org, *.example.org' });
    const run = await fx.run(inputs, { ...AWS, ...NO_ALIDNS });
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'issued');
    const changes = r53.requests.filter((request) => request.action === 'ChangeResourceRecordSets').map((request) => request.body ?? '');
    const values = (body: string) => (body.match(/<ResourceRecord>/g) ?? []).length;
    // Added one after the other into one set, then taken out one after the other.
    assert.deepEqual(changes.map((body) => [/<Action>(\w+)</.exec(body)?.[1], values(body)]), [['UPSERT', 1], ['UPSERT', 2], ['UPSERT', 1], ['DELETE', 1]]);
    assert.ok(r53.requests.some((request) => request.action === 'GetChange'));
    assert.deepEqual(r53.recordSets(), []);
    assertMasked(run.log, AWS.AWS_SECRET_ACCESS_KEY);
    assertMasked(run.log, AWS.AWS_SESSION_TOKEN);
  });

  it('tencentcloud: issues apex + wildcard with temporary credentials and leaves no TXT record', async () => {
    const inputs = fx.inputs(fx.newStatePath(), { dns: 'tencentcloud', 'tencentcloud-endpoint': tc.endpoint, domains: 'example.cn, *.example.cn' });
    const run = await fx.run(inputs, { ...TENCENT, ...NO_ALIDNS });
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'issued');
    assert.deepEqual(tc.requests.filter((request) => request.action === 'CreateRecord').map((request) => request.params.SubDomain), ['_acme-challenge', '_acme-challenge']);
    assert.deepEqual(tc.records(), []);
    assertMasked(run.log, TENCENT.TENCENTCLOUD_SECRET_KEY);
    assertMasked(run.log, TENCENT.TENCENTCLOUD_SESSION_TOKEN);
  });

  it('huaweicloud: issues apex + wildcard into one record set and leaves none', async () => {
    const inputs = fx.inputs(fx.newStatePath(), { dns: 'huaweicloud', 'huaweicloud-endpoint': hw.endpoint, domains: 'example.io, *.example.io' });
    const run = await fx.run(inputs, { ...HUAWEI, ...NO_ALIDNS });
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'issued');
    const writes = hw.requests.filter((request) => request.method !== 'GET').map((request) => [request.method, (request.body?.match(/\\"/g) ?? []).length / 2]);
    // Created with the first value, updated with both, updated back to one, deleted with the last.
    assert.deepEqual(writes, [['POST', 1], ['PUT', 2], ['PUT', 1], ['DELETE', 0]]);
    assert.deepEqual(hw.recordSets(), []);
    assertMasked(run.log, HUAWEI.HUAWEICLOUD_SECRET_ACCESS_KEY);
  });

  it('names at two providers in one order: each TXT record goes to the provider of its zone', async () => {
    const before = { ali: fx.dns.requests.length, cf: cf.requests.length };
    const inputs = fx.inputs(fx.newStatePath(), {
      dns: 'default: alidns\nexample.net: cloudflare',
      'cloudflare-endpoint': cf.endpoint,
      domains: 'example.com, www.example.net',
    });
    const run = await fx.run(inputs, { CF_DNS_API_TOKEN: CF_TOKEN });
    assertSucceeded(run);
    const aliAdds = fx.dns.requests.slice(before.ali).filter((request) => request.Action === 'AddDomainRecord');
    const cfAdds = cf.requests.slice(before.cf).filter((request) => request.method === 'POST');
    assert.deepEqual(aliAdds.map((request) => [request.params.DomainName, request.params.RR]), [['example.com', '_acme-challenge']]);
    assert.equal(cfAdds.length, 1);
    assert.deepEqual([fx.txtRecords(), cfTxt()], [[], []]);
  });

  it('a name delegated by CNAME into a zone at another provider gets its TXT record there', async () => {
    const name = '_acme-challenge.api.example.com';
    await setCname(fx.pebble.challtestsrv.managementUrl, name, '_acme-challenge.api.example.com.acme.example.net');
    try {
      const before = { ali: fx.dns.requests.length, cf: cf.requests.length };
      const run = await fx.run(
        fx.inputs(fx.newStatePath(), { dns: 'default: alidns\nexample.net: cloudflare', 'cloudflare-endpoint': cf.endpoint, domains: 'api.example.com' }),
        { CF_DNS_API_TOKEN: CF_TOKEN },
      );
      assertSucceeded(run);
      assert.ok(!fx.dns.requests.slice(before.ali).some((request) => request.Action === 'AddDomainRecord'), 'nothing added at AliDNS');
      const posted = cf.requests.slice(before.cf).filter((request) => request.method === 'POST');
      assert.equal(posted.length, 1);
      assert.deepEqual([fx.txtRecords(), cfTxt()], [[], []]);
    } finally {
      await clearCname(fx.pebble.challtestsrv.managementUrl, name);
    }
  });

  it('a CNAME target in no listed zone stays with the provider of the name it answers for', async () => {
    const name = '_acme-challenge.www.example.net';
    // other.org is an AliDNS zone of the fixture, but no zone line names it.
    await setCname(fx.pebble.challtestsrv.managementUrl, name, '_acme-challenge.www.example.net.other.org');
    try {
      const before = fx.dns.requests.length;
      const run = await fx.run(fx.inputs(fx.newStatePath(), { dns: 'example.net: alidns', domains: 'www.example.net' }));
      assertSucceeded(run);
      const added = fx.dns.requests.slice(before).filter((request) => request.Action === 'AddDomainRecord');
      assert.deepEqual(added.map((request) => [request.params.DomainName, request.params.RR]), [['other.org', '_acme-challenge.www.example.net']]);
    } finally {
      await clearCname(fx.pebble.challtestsrv.managementUrl, name);
    }
  });

  it('a name no zone line covers fails before any network call, naming the input', async () => {
    const before = { ali: fx.dns.requests.length, cf: cf.requests.length };
    const run = await fx.run(
      fx.inputs(fx.newStatePath(), { dns: 'example.net: cloudflare', 'cloudflare-endpoint': cf.endpoint, domains: 'example.com, example.net' }),
      { CF_DNS_API_TOKEN: CF_TOKEN },
    );
    assert.equal(run.exitCode, 1);
    assert.match(run.stdout, /::error::Input 'dns': no DNS provider for example\.com/);
    assert.deepEqual([fx.dns.requests.length, cf.requests.length], [before.ali, before.cf]);
  });

  it('a missing token names the variables and the provider before any network call', async () => {
    const run = await fx.run(fx.inputs(fx.newStatePath(), { dns: 'cloudflare', 'cloudflare-endpoint': cf.endpoint }), { CF_DNS_API_TOKEN: undefined });
    assert.equal(run.exitCode, 1);
    assert.match(run.stdout, /Input 'dns': Cloudflare \(cloudflare\) needs credentials in the environment, but CF_DNS_API_TOKEN \/ CLOUDFLARE_DNS_API_TOKEN is not set/);
  });
});
