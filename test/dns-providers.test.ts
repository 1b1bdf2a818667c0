// What each provider does beyond the shared contract: Cloudflare's separate zone token, Route 53's
// fixed hosted zone and INSYNC wait, DNSPod's plan TTL floor and session tokens, Huawei Cloud's
// unknown AK — each against its double, each error naming what to fix and never a secret.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCloudflareProvider } from '../src/dns/cloudflare.js';
import { createHuaweiCloudProvider } from '../src/dns/huaweicloud.js';
import { createRoute53Provider } from '../src/dns/route53.js';
import { createTencentCloudProvider } from '../src/dns/tencentcloud.js';
import { startCloudflareServer } from './doubles/cloudflare-server.js';
import { startHuaweiCloudServer } from './doubles/huaweicloud-server.js';
import { startRoute53Server } from './doubles/route53-server.js';
import { startTencentCloudServer } from './doubles/tencentcloud-server.js';
import { memoryLog } from './support/memory-log.js';

const FAST = { attempts: 3, minDelayMs: 5, maxDelayMs: 10 };

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => assert.fail('expected a failure'),
    (reason: unknown) => reason as Error,
  );
}

describe('Cloudflare', () => {
  // Cloudflare's tokens are 40 characters; the double refuses others as malformed.
  const DNS_ONLY = 'cf-dns-only-token-'.padEnd(40, '1');
  const ZONE_READ = 'cf-zone-read-token-'.padEnd(40, '2');

  it('lists zones with CF_ZONE_API_TOKEN and changes records with CF_DNS_API_TOKEN', async () => {
    const server = await startCloudflareServer({
      tokens: { [DNS_ONLY]: { zoneRead: false, dnsEdit: true }, [ZONE_READ]: { zoneRead: true, dnsEdit: false } },
      zones: ['example.net'],
    });
    try {
      const dns = createCloudflareProvider({ endpoint: server.endpoint, dnsToken: DNS_ONLY, zoneToken: ZONE_READ, log: memoryLog(), retry: FAST });
      assert.deepEqual(await dns.listZones(), ['example.net']);
      const record = await dns.appendTxt('example.net', '_acme-challenge.example.net', 'v', 600);
      assert.ok(record?.id);
      await dns.deleteTxt(record);
      assert.deepEqual(server.records(), []);

      const dnsOnly = createCloudflareProvider({ endpoint: server.endpoint, dnsToken: DNS_ONLY, log: memoryLog(), retry: FAST });
      const error = await failure(dnsOnly.listZones());
      assert.match(error.message, /CF_DNS_API_TOKEN \/ CLOUDFLARE_DNS_API_TOKEN may not list zones; give it Zone:Zone:Read on the zone, or set CF_ZONE_API_TOKEN/);
      assert.ok(!error.message.includes(DNS_ONLY));
    } finally {
      await server.stop();
    }
  });
});

describe('Route 53', () => {
  const KEY = 'AKIAROUTE53UNIT00001';
  const SECRET = 'route53-unit-secret';

  it('with AWS_HOSTED_ZONE_ID uses that zone without listing, and waits for each change to be INSYNC', async () => {
    const server = await startRoute53Server({ accessKeys: { [KEY]: SECRET }, zones: ['example.org', 'other.org'], pendingPolls: 3 });
    try {
      const zoneId = server.zoneId('example.org');
      const dns = createRoute53Provider({
        endpoint: server.endpoint,
        credentials: { accessKeyId: KEY, secretAccessKey: SECRET },
        hostedZoneId: `/hostedzone/${zoneId}`,
        log: memoryLog(),
        retry: FAST,
        insync: { timeoutMs: 5000, maxDelayMs: 10 },
      });
      assert.deepEqual(await dns.listZones(), ['example.org']);
      await dns.appendTxt('example.org', '_acme-challenge.example.org', 'v', 60);
      const actions = server.requests.map((request) => request.action);
      assert.ok(!actions.includes('ListHostedZones'), actions.join(', '));
      assert.deepEqual(actions, ['GetHostedZone', 'ListResourceRecordSets', 'ChangeResourceRecordSets', 'GetChange', 'GetChange', 'GetChange', 'GetChange']);
      assert.deepEqual(server.txtValues('_acme-challenge.example.org'), ['v']);
    } finally {
      await server.stop();
    }
  });

  it('an unknown access key names AWS_ACCESS_KEY_ID and the session token variable', async () => {
    const server = await startRoute53Server({ accessKeys: { [KEY]: SECRET }, zones: ['example.org'] });
    try {
      const dns = createRoute53Provider({ endpoint: server.endpoint, credentials: { accessKeyId: 'AKIANOBODY', secretAccessKey: SECRET }, log: memoryLog(), retry: FAST });
      const error = await failure(dns.listZones());
      assert.match(error.message, /access key ID \(AWS_ACCESS_KEY_ID\) or session token \(AWS_SESSION_TOKEN\) is not valid.*InvalidClientTokenId/);
      assert.ok(!error.message.includes(SECRET));
    } finally {
      await server.stop();
    }
  });
});

describe('DNSPod', () => {
  const ID = 'AKIDunitTencent00001';
  const KEY = 'tencent-unit-key';
  const TOKEN = 'tencent-unit-token';

  it('explains a TTL below the plan minimum, and a wrong session token by its variable', async () => {
    const server = await startTencentCloudServer({ secrets: { [ID]: KEY }, tokens: { [ID]: TOKEN }, zones: ['example.cn'] });
    try {
      const dns = (sessionToken: string) =>
        createTencentCloudProvider({ endpoint: server.endpoint, credentials: { secretId: ID, secretKey: KEY, sessionToken }, log: memoryLog(), retry: FAST });
      const ttl = await failure(dns(TOKEN).appendTxt('example.cn', '_acme-challenge.example.cn', 'v', 60));
      assert.match(ttl.message, /set dns-ttl to 600 or more.*LimitExceeded\.RecordTtlLimit/);
      const token = await failure(dns('stale-token-value').listZones());
      assert.match(token.message, /session token \(TENCENTCLOUD_SESSION_TOKEN\) is not valid or has expired/);
      assert.ok(!token.message.includes('stale-token-value'));
    } finally {
      await server.stop();
    }
  });
});

describe('Huawei Cloud DNS', () => {
  it('an unknown AK names HUAWEICLOUD_ACCESS_KEY_ID', async () => {
    const server = await startHuaweiCloudServer({ accessKeys: { HPUAKNOWN: 'sk' }, zones: ['example.com'] });
    try {
      const dns = createHuaweiCloudProvider({ endpoint: server.endpoint, credentials: { accessKeyId: 'HPUANOBODY', secretAccessKey: 'sk-value-x' }, log: memoryLog(), retry: FAST });
      const error = await failure(dns.listZones());
      assert.match(error.message, /access key \(HUAWEICLOUD_ACCESS_KEY_ID \/ HUAWEICLOUD_SDK_AK\) does not exist.*APIGW\.0301/);
      assert.ok(!error.message.includes('sk-value-x'));
    } finally {
      await server.stop();
    }
  });
});
