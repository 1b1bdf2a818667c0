// Deployment to Alibaba Cloud services beside an SSH host, through dist/ as a runner runs it:
// the SSL Certificates Service, CDN, DCDN and SLB doubles check every call as the real gateways do
// and keep what each target serves, so every assertion reads the services' state back.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startCasServer, type CasServer } from '../doubles/aliyun-cas-server.js';
import { startCdnServer, startDcdnServer, type EdgeServer } from '../doubles/aliyun-edge-server.js';
import { startSlbServer, type SlbServer } from '../doubles/aliyun-slb-server.js';
import type { RpcDouble } from '../doubles/rpc-double.js';
import { assertSucceeded, type ActionRun } from '../support/run-action.js';
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET } from './core-fixture.js';
import { startFullFixture, type FullFixture } from './full-fixture.js';

const LB = 'lb-bp1o94dp5i6ea1234';
const accessKeys = { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET };
const WRITES = new Set([
  'UploadUserCertificate',
  'DeleteUserCertificate',
  'SetCdnDomainSSLCertificate',
  'SetDcdnDomainSSLCertificate',
  'UploadServerCertificate',
  'SetLoadBalancerHTTPSListenerAttribute',
]);

let fx: FullFixture;
let cas: CasServer;
let cdn: EdgeServer;
let dcdn: EdgeServer;
let slb: SlbServer;
const runs: ActionRun[] = [];

before(async () => {
  fx = await startFullFixture(1);
  cas = await startCasServer({ accessKeys });
  cdn = await startCdnServer({ accessKeys, domains: ['cdn.example.com', 'img.example.com'] });
  dcdn = await startDcdnServer({ accessKeys, domains: ['dcdn.example.com'] });
  slb = await startSlbServer({
    accessKeys,
    loadBalancers: [
      {
        region: 'cn-hangzhou',
        id: LB,
        listeners: [
          { port: 443, protocol: 'https' },
          { port: 80, protocol: 'http' },
        ],
      },
    ],
  });
});
after(async () => {
  await Promise.all([cas, cdn, dcdn, slb].map((double) => double?.stop()));
  await fx?.stop();
});

const cloudInputs = (extra: Record<string, string> = {}) => ({
  'aliyun-cas': 'true',
  'aliyun-cdn-domains': 'cdn.example.com, img.example.com',
  'aliyun-dcdn-domains': 'dcdn.example.com',
  'aliyun-slb-listeners': `cn-hangzhou/${LB}:443`,
  'aliyun-cas-endpoint': cas.endpoint,
  'aliyun-cdn-endpoint': cdn.endpoint,
  'aliyun-dcdn-endpoint': dcdn.endpoint,
  'aliyun-slb-endpoint': slb.endpoint,
  ...extra,
});

async function run(extra: Record<string, string> = {}): Promise<ActionRun> {
  fx.freshRunner();
  const result = await fx.run(cloudInputs(extra));
  runs.push(result);
  return result;
}

const hostLabel = () => `${fx.network.hosts[0].ip}:${fx.network.hosts[0].port}`;
const cloudTargets = ['cas:example.com', 'cdn:cdn.example.com', 'cdn:img.example.com', 'dcdn:dcdn.example.com', `slb:cn-hangzhou/${LB}:443`];
const list = (run: ActionRun, name: string) => JSON.parse(run.outputs[name]) as string[];
const serialOf = (pem: string | undefined) => (pem ? new X509Certificate(pem).serialNumber.toUpperCase() : undefined);
const writes = (doubles: RpcDouble[], since: number[]) =>
  doubles.flatMap((double, index) => double.requests.slice(since[index]).filter((call) => WRITES.has(call.Action)).map((call) => call.Action));

/** What every cloud target serves now, by its target name. */
function servedSerials(): Record<string, string | undefined> {
  const casId = cas.certificates().at(-1);
  const slbId = slb.listenerCertificate('cn-hangzhou', LB, 443);
  return {
    'cas:example.com': casId?.leaf.serialNumber.toUpperCase(),
    'cdn:cdn.example.com': serialOf(cdn.served('cdn.example.com')?.pem),
    'cdn:img.example.com': serialOf(cdn.served('img.example.com')?.pem),
    'dcdn:dcdn.example.com': serialOf(dcdn.served('dcdn.example.com')?.pem),
    [`slb:cn-hangzhou/${LB}:443`]: slb.serverCertificates().find((certificate) => certificate.id === slbId)?.leaf.serialNumber.toUpperCase(),
  };
}

describe('Alibaba Cloud targets', () => {
  it('a first run uploads to CAS and sets CDN, DCDN and the SLB listener, riding out throttling, then reads each back', async () => {
    fx.cache.evictAll();
    cdn.failNext('Throttling.User', 2, 'SetCdnDomainSSLCertificate');
    slb.failNext('ServiceUnavailable', 1, 'UploadServerCertificate');
    const first = await run();
    assertSucceeded(first);
    const serial = first.outputs.serial;
    assert.deepEqual(list(first, 'deployed-targets'), [hostLabel(), ...cloudTargets]);
    assert.deepEqual(list(first, 'skipped-targets'), []);
    assert.deepEqual(list(first, 'failed-targets'), []);
    assert.deepEqual(list(first, 'deployed-hosts'), [hostLabel()], 'the host outputs stay as they were');
    for (const [target, served] of Object.entries(servedSerials())) assert.equal(served, serial, target);
    assert.equal(first.outputs['aliyun-cas-cert-id'], String(cas.certificates()[0].id));
    assert.equal(cas.certificates()[0].name, `example.com-${serial}`);
    assert.match(first.log, /Throttling\.User.*retrying/);
    assert.match(first.log, /ServiceUnavailable.*retrying/);
    assert.equal(cdn.requests.filter((call) => call.Action === 'SetCdnDomainSSLCertificate' && !call.Code).length, 2);
    assert.match(first.summary, /<h3>Targets<\/h3>/);
    for (const target of cloudTargets) assert.ok(first.summary.includes(target), target);
    assert.ok(first.summary.includes(serial));
  });

  it('an unchanged rerun finds every target serving the certificate and makes no write call', async () => {
    const doubles = [cas, cdn, dcdn, slb];
    const since = doubles.map((double) => double.requests.length);
    const rerun = await run();
    assertSucceeded(rerun);
    assert.equal(rerun.outputs.result, 'unchanged');
    assert.deepEqual(list(rerun, 'skipped-targets'), [hostLabel(), ...cloudTargets]);
    assert.deepEqual(list(rerun, 'deployed-targets'), []);
    assert.deepEqual(writes(doubles, since), []);
    assert.equal(rerun.outputs['aliyun-cas-cert-id'], String(cas.certificates()[0].id), 'the id of the upload already there');
  });

  it('a renewal reaches every target, shows the new serial, and cleans up only old uploads nothing uses', async () => {
    const firstUpload = cas.certificates()[0];
    cas.use(firstUpload.id, { CloudProduct: 'WAF', Domain: 'waf.example.com' });
    const renewed = await run({ 'force-renew': 'true', 'aliyun-cas-cleanup': 'true' });
    assertSucceeded(renewed);
    const serial = renewed.outputs.serial;
    assert.notEqual(serial, firstUpload.leaf.serialNumber.toUpperCase());
    assert.deepEqual(list(renewed, 'deployed-targets'), [hostLabel(), ...cloudTargets]);
    for (const [target, served] of Object.entries(servedSerials())) assert.equal(served, serial, target);
    assert.ok(renewed.summary.includes(serial), 'the new serial is in the targets table');
    assert.match(renewed.log, /keeping example\.com-[0-9A-F]+ .*still used by WAF waf\.example\.com/);
    assert.deepEqual(cas.certificates().map((certificate) => certificate.id), [firstUpload.id, Number(renewed.outputs['aliyun-cas-cert-id'])]);

    const second = cas.certificates()[1];
    const again = await run({ 'force-renew': 'true', 'aliyun-cas-cleanup': 'true' });
    assertSucceeded(again);
    assert.ok(!cas.certificates().some((certificate) => certificate.id === second.id), 'the unused older upload is deleted');
    assert.ok(cas.certificates().some((certificate) => certificate.id === firstUpload.id), 'the one in use stays');
  });

  it('a missing CDN domain, a non-HTTPS listener and a wrong region fail alone; the host and the rest still get it', async () => {
    const failedRun = await run({
      'force-renew': 'true',
      'aliyun-cdn-domains': 'cdn.example.com, missing.example.com',
      'aliyun-slb-listeners': `cn-hangzhou/${LB}:443\ncn-hangzhou/${LB}:80\ncn-shanghai/${LB}:443`,
    });
    assert.equal(failedRun.exitCode, 1);
    const serial = failedRun.outputs.serial;
    assert.deepEqual(list(failedRun, 'failed-targets'), ['cdn:missing.example.com', `slb:cn-hangzhou/${LB}:80`, `slb:cn-shanghai/${LB}:443`]);
    assert.deepEqual(list(failedRun, 'deployed-targets'), [
      hostLabel(),
      'cas:example.com',
      'cdn:cdn.example.com',
      'dcdn:dcdn.example.com',
      `slb:cn-hangzhou/${LB}:443`,
    ]);
    assert.deepEqual(list(failedRun, 'deployed-hosts'), [hostLabel()]);
    assert.equal(serialOf(cdn.served('cdn.example.com')?.pem), serial);
    assert.match(failedRun.log, /cdn:missing\.example\.com: .*not one of this account's CDN domains.*aliyun-cdn-domains.*InvalidDomain\.NotFound/);
    assert.match(failedRun.log, new RegExp(`slb:cn-hangzhou/${LB}:80: .*no HTTPS listener on port 80`));
    assert.match(failedRun.log, new RegExp(`slb:cn-shanghai/${LB}:443: .*no such load balancer in region cn-shanghai`));
    assert.match(failedRun.log, /Deployment failed on 3 of 8 targets/);
  });

  it('a listener line without a port fails the run before any call, naming the input', async () => {
    const doubles = [fx.core.dns, cas, cdn, dcdn, slb];
    const calls = doubles.map((double) => double.requests.length);
    const cacheEntries = fx.cache.entries().length;
    const bad = await run({ 'aliyun-slb-listeners': `cn-hangzhou/${LB}` });
    assert.equal(bad.exitCode, 1);
    assert.match(bad.log, /Input 'aliyun-slb-listeners': 'cn-hangzhou\/lb-[a-z0-9]+' is not `region\/load-balancer-id:port`/);
    assert.deepEqual(
      doubles.map((double) => double.requests.length),
      calls,
      'no call to any service',
    );
    assert.equal(fx.cache.entries().length, cacheEntries, 'nothing saved');
  });

  it('no secret reaches any log, summary or output', () => {
    assert.ok(runs.length >= 4);
    const keyLines = cas
      .certificates()
      .flatMap((certificate) => certificate.key.split('\n'))
      .filter((line) => line.length > 20 && !line.startsWith('-----'));
    for (const result of runs) {
      // The lines registering secrets with the runner are the only place they may appear.
      const visible = result.log.split('\n').filter((line) => !line.startsWith('::add-mask::'));
      const text = [...visible, result.summary, JSON.stringify(result.outputs)].join('\n');
      assert.ok(!text.includes(ACCESS_KEY_SECRET), 'no AccessKey secret');
      for (const line of keyLines) assert.ok(!text.includes(line), 'no private key line');
    }
  });
});
