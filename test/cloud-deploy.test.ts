// Deployment to Alibaba Cloud targets in process, against the service doubles through the real
// pop-core: dry runs only read, `deploy: always` sets again, a CSR bundle fails every target without
// a call, STS tokens are sent, and a wrong secret is refused as the real gateways refuse it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AliCloudError, createRpcCall } from '../src/alicloud/rpc-client.js';
import type { CloudConfig } from '../src/deploy/cloud-config.js';
import { toCloudCertificate, uploadPrefix } from '../src/deploy/cloud-certificate.js';
import { deployToCloud, type CloudOptions } from '../src/deploy/cloud-deploy.js';
import type { CertificateBundle } from '../src/deploy/deploy.js';
import { startCasServer, type CasServer } from './doubles/aliyun-cas-server.js';
import { startCdnServer, startDcdnServer, type EdgeServer } from './doubles/aliyun-edge-server.js';
import { startSlbServer, type SlbServer } from './doubles/aliyun-slb-server.js';
import { startTestCa, type TestCa } from './support/deploy-fixtures.js';
import { memoryLog } from './support/memory-log.js';

const ID = 'STS.NTestKeyId';
const SECRET = 'sts-secret-4kQ9wZ';
const TOKEN = 'sts-token-CAIS1234567890';
const credentials = { accessKeyId: ID, accessKeySecret: SECRET, securityToken: TOKEN };
const doubleKeys = { accessKeys: { [ID]: SECRET }, securityTokens: { [ID]: TOKEN } };
const LB = 'lb-bp1unit0000';

let ca: TestCa;
let bundle: CertificateBundle;
let cas: CasServer;
let cdn: EdgeServer;
let dcdn: EdgeServer;
let slb: SlbServer;

before(async () => {
  ca = startTestCa();
  bundle = ca.issue(['example.com'], 'example.com');
  cas = await startCasServer(doubleKeys);
  cdn = await startCdnServer({ ...doubleKeys, domains: ['cdn.example.com'] });
  dcdn = await startDcdnServer({ ...doubleKeys, domains: ['dcdn.example.com'] });
  slb = await startSlbServer({ ...doubleKeys, loadBalancers: [{ region: 'cn-hangzhou', id: LB, listeners: [{ port: 443, protocol: 'https' }] }] });
});
after(async () => {
  await Promise.all([cas, cdn, dcdn, slb].map((double) => double?.stop()));
  ca?.stop();
});

function config(): CloudConfig {
  return {
    cas: true,
    casCleanup: false,
    cdnDomains: ['cdn.example.com'],
    dcdnDomains: ['dcdn.example.com'],
    slbListeners: [{ region: 'cn-hangzhou', loadBalancerId: LB, port: 443, label: `slb:cn-hangzhou/${LB}:443` }],
    endpoints: { cas: cas.endpoint, cdn: cdn.endpoint, dcdn: dcdn.endpoint, slb: slb.endpoint },
    credentials,
  };
}

const options = (extra: Partial<CloudOptions> = {}): CloudOptions => ({
  dryRun: false,
  force: false,
  log: memoryLog(),
  retry: { minDelayMs: 1, maxDelayMs: 2 },
  readBackDelayMs: 1,
  ...extra,
});
const writeCalls = () =>
  [cas, cdn, dcdn, slb].flatMap((double) => double.requests).filter((call) => /^(Upload|Set|Delete)/.test(call.Action)).length;

describe('deploying to Alibaba Cloud', () => {
  it('a dry run reads every target, reports what would change and writes nothing', async () => {
    const outcome = await deployToCloud(bundle, config(), options({ dryRun: true }));
    assert.deepEqual(
      outcome.results.map((result) => result.status),
      ['would-deploy', 'would-deploy', 'would-deploy', 'would-deploy'],
    );
    assert.equal(writeCalls(), 0);
    assert.equal(outcome.casCertId, undefined);
  });

  it('deploys with STS credentials (the token is sent with every call), then `always` sets again', async () => {
    const first = await deployToCloud(bundle, config(), options());
    assert.deepEqual(
      first.results.map((result) => result.status),
      ['deployed', 'deployed', 'deployed', 'deployed'],
    );
    assert.ok([cas, cdn, dcdn, slb].every((double) => double.requests.every((call) => call.params.SecurityToken === TOKEN)));
    const before = writeCalls();
    const forced = await deployToCloud(bundle, config(), options({ force: true }));
    // The upload to CAS is kept (same fingerprint); the domains and the listener are set again.
    assert.deepEqual(
      forced.results.map((result) => result.status),
      ['skipped', 'deployed', 'deployed', 'deployed'],
    );
    assert.equal(writeCalls() - before, 3);
    assert.equal(slb.serverCertificates().length, 1, 'the server certificate is reused, not uploaded again');
  });

  it('names uploads <certificate name>-<serial>, within the 64 characters CAS allows', () => {
    const key = bundle.keyPem as string;
    const plain = toCloudCertificate({ ...bundle, keyPem: key });
    assert.equal(plain.uploadName, `example.com-${plain.serial}`);
    const long = toCloudCertificate({ ...bundle, keyPem: key, name: '_.a-rather-long-department-name.example.com' });
    assert.ok(long.uploadName.startsWith(uploadPrefix('_.a-rather-long-department-name.example.com')));
    assert.ok(`${uploadPrefix('_.a-rather-long-department-name.example.com')}${'F'.repeat(40)}`.length <= 64);
  });

  it('a certificate from a CSR (no key) fails every target without a call', async () => {
    const calls = [cas, cdn, dcdn, slb].reduce((sum, double) => sum + double.requests.length, 0);
    const { keyPem: _key, ...noKey } = bundle;
    const outcome = await deployToCloud(noKey, config(), options());
    assert.deepEqual(
      outcome.results.map((result) => [result.target, result.status]),
      [
        ['cas:example.com', 'failed'],
        ['cdn:cdn.example.com', 'failed'],
        ['dcdn:dcdn.example.com', 'failed'],
        [`slb:cn-hangzhou/${LB}:443`, 'failed'],
      ],
    );
    assert.match(outcome.results[0].reason ?? '', /CSR.*no private key/);
    assert.equal([cas, cdn, dcdn, slb].reduce((sum, double) => sum + double.requests.length, 0), calls);
  });

  for (const [name, start] of [
    ['CAS', () => ({ double: cas, action: 'ListUserCertificateOrder', version: '2020-04-07' })],
    ['CDN', () => ({ double: cdn, action: 'DescribeDomainCertificateInfo', version: '2018-05-10' })],
    ['DCDN', () => ({ double: dcdn, action: 'DescribeDcdnDomainCertificateInfo', version: '2018-01-15' })],
    ['SLB', () => ({ double: slb, action: 'DescribeServerCertificates', version: '2014-05-15' })],
  ] as const) {
    it(`the ${name} double refuses a wrong secret as the gateway does, and the message shows neither secret nor token`, async () => {
      const { double, action, version } = start();
      const call = createRpcCall({
        service: name,
        endpoint: double.endpoint,
        endpointInput: 'test',
        apiVersion: version,
        credentials: { ...credentials, accessKeySecret: 'wrong-secret' },
        log: memoryLog(),
        ramAdvice: () => '',
      });
      await assert.rejects(call(action, { RegionId: 'cn-hangzhou', DomainName: 'cdn.example.com' }), (error: unknown) => {
        assert.ok(error instanceof AliCloudError, String(error));
        assert.equal(error.code, 'SignatureDoesNotMatch');
        assert.match(error.message, /AccessKey secret .* does not match/);
        assert.ok(!error.message.includes(TOKEN) && !error.message.includes('wrong-secret'));
        return true;
      });
    });
  }
});
