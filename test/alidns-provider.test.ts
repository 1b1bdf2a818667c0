// The AliDNS provider through the real pop-core against the AliDNS double: what it sends, how it
// pages, which failures it retries, and what its errors tell the user (never a secret).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AliCloudError as AliDnsError } from '../src/alicloud/rpc-client.js';
import { createAliDnsProvider } from '../src/dns/alidns.js';
import type { AliCloudCredentials } from '../src/alicloud/credentials.js';
import type { DnsProvider } from '../src/dns/provider.js';
import { startAliDnsServer, type AliDnsServer, type AliDnsServerOptions } from './doubles/alidns-server.js';
import { memoryLog } from './support/memory-log.js';

const KEY_ID = 'LTAI5tProviderTest1';
const SECRET = 'provider-secret-9vQx2Lm';
const STS_KEY_ID = 'STS.NProviderTemp1';
const STS_SECRET = 'sts-secret-7Rt5Yp';
const STS_TOKEN = 'CAISsecret-sts-token-4Kd8';
const FAST_RETRY = { attempts: 4, minDelayMs: 5, maxDelayMs: 20 };

function provider(server: AliDnsServer, credentials: AliCloudCredentials = { accessKeyId: KEY_ID, accessKeySecret: SECRET }) {
  const log = memoryLog();
  return { dns: createAliDnsProvider({ endpoint: server.endpoint, credentials, log, retry: FAST_RETRY }), log };
}

async function withServer(options: Partial<AliDnsServerOptions>, test: (server: AliDnsServer) => Promise<void>) {
  const server = await startAliDnsServer({
    accessKeys: { [KEY_ID]: SECRET, [STS_KEY_ID]: STS_SECRET },
    securityTokens: { [STS_KEY_ID]: STS_TOKEN },
    zones: ['example.com'],
    ...options,
  });
  try {
    await test(server);
  } finally {
    await server.stop();
  }
}

async function failure(promise: Promise<unknown>): Promise<AliDnsError> {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (reason: unknown) => reason,
  );
  assert.ok(error instanceof AliDnsError, String(error));
  return error;
}

function count(server: AliDnsServer, action: string): number {
  return server.requests.filter((request) => request.Action === action).length;
}

describe('AliDNS provider: zones', () => {
  it('pages through DescribeDomains 100 at a time and returns every zone', async () => {
    const zones = Array.from({ length: 250 }, (_, index) => `zone${index}.example`);
    await withServer({ zones }, async (server) => {
      const listed = await provider(server).dns.listZones();
      assert.deepEqual([...listed].sort(), [...zones].sort());
      const pages = server.requests.filter((request) => request.Action === 'DescribeDomains');
      assert.deepEqual(
        pages.map((request) => [request.params.PageNumber, request.params.PageSize]),
        [['1', '100'], ['2', '100'], ['3', '100']],
      );
    });
  });

  it('returns IDN zones as lowercase punycode', async () => {
    await withServer({ zones: ['例子.中国', 'Example.COM'] }, async (server) => {
      assert.deepEqual((await provider(server).dns.listZones()).sort(), ['example.com', 'xn--fsqu00a.xn--fiqs8s']);
    });
  });
});

describe('AliDNS provider: records', () => {
  let server: AliDnsServer;
  let dns: DnsProvider;
  before(async () => {
    server = await startAliDnsServer({ accessKeys: { [KEY_ID]: SECRET }, zones: ['example.com', '例子.中国'] });
    dns = provider(server).dns;
  });
  after(() => server.stop());

  it('adds a TXT value beside others on the same name and returns its RecordId', async () => {
    const first = (await dns.appendTxt('example.com', '_acme-challenge.example.com', 'value-1', 600))?.id;
    const second = (await dns.appendTxt('example.com', '_acme-challenge.example.com', 'value-2', 600))?.id;
    assert.ok(first && second && first !== second);
    const added = server.records().filter((record) => record.RR === '_acme-challenge');
    assert.deepEqual(
      added.map(({ RecordId, Type, Value, TTL }) => ({ RecordId, Type, Value, TTL })),
      [
        { RecordId: first, Type: 'TXT', Value: 'value-1', TTL: 600 },
        { RecordId: second, Type: 'TXT', Value: 'value-2', TTL: 600 },
      ],
    );
  });

  it('adds into an IDN zone given in punycode', async () => {
    const id = (await dns.appendTxt('xn--fsqu00a.xn--fiqs8s', '_acme-challenge.www.xn--fsqu00a.xn--fiqs8s', 'idn-value', 600))?.id;
    assert.equal(server.records().find((record) => record.RecordId === id)?.DomainName, '例子.中国');
  });

  it('counts an identical existing record as present and not its own (undefined)', async () => {
    assert.equal(await dns.appendTxt('example.com', '_acme-challenge.example.com', 'value-1', 600), undefined);
  });

  it('deletes exactly the record it is given', async () => {
    const record = await dns.appendTxt('example.com', '_acme-challenge.example.com', 'to-delete', 600);
    assert.ok(record?.id);
    await dns.deleteTxt(record);
    assert.deepEqual(
      server.records().filter((record) => record.RR === '_acme-challenge').map((record) => record.Value),
      ['value-1', 'value-2'],
    );
  });

  it('explains a TTL below the edition minimum', async () => {
    const error = await failure(dns.appendTxt('example.com', '_acme-challenge.example.com', 'short', 60));
    assert.equal(error.code, 'QuotaExceeded.TTL');
    assert.match(error.message, /dns-ttl/);
  });
});

describe('AliDNS provider: credentials and clock errors', () => {
  it('a wrong secret names the secret variables, the action, Code and RequestId, and leaks no secret', async () => {
    await withServer({}, async (server) => {
      const { dns, log } = provider(server, { accessKeyId: KEY_ID, accessKeySecret: 'not-the-secret' });
      const error = await failure(dns.listZones());
      assert.match(error.message, /AccessKey secret \(ALICLOUD_SECRET_KEY \/ ALIBABA_CLOUD_ACCESS_KEY_SECRET\) does not match/);
      assert.match(error.message, /DescribeDomains/);
      assert.match(error.message, /Code SignatureDoesNotMatch, RequestId [0-9A-F-]{36}/);
      assert.ok(!error.message.includes('not-the-secret'));
      assert.ok(!error.message.includes('string to sign'));
      assert.deepEqual(log.lines, [], 'failed at once, no retry');
    });
  });

  it('a wrong secret with STS credentials does not leak the token the API echoes back', async () => {
    await withServer({}, async (server) => {
      const { dns } = provider(server, { accessKeyId: STS_KEY_ID, accessKeySecret: 'wrong', securityToken: STS_TOKEN });
      const error = await failure(dns.listZones());
      assert.equal(error.code, 'SignatureDoesNotMatch');
      assert.ok(!error.message.includes(STS_TOKEN));
    });
  });

  it('an unknown AccessKey ID names the ID variables', async () => {
    await withServer({}, async (server) => {
      const { dns } = provider(server, { accessKeyId: 'LTAI-nobody', accessKeySecret: SECRET });
      const error = await failure(dns.listZones());
      assert.equal(error.code, 'InvalidAccessKeyId.NotFound');
      assert.equal(error.httpStatus, 404);
      assert.match(error.message, /AccessKey ID \(ALICLOUD_ACCESS_KEY \/ ALIBABA_CLOUD_ACCESS_KEY_ID\) does not exist/);
    });
  });

  it('passes the STS security token, and names the token variables when it is wrong', async () => {
    await withServer({}, async (server) => {
      const good = provider(server, { accessKeyId: STS_KEY_ID, accessKeySecret: STS_SECRET, securityToken: STS_TOKEN });
      assert.deepEqual(await good.dns.listZones(), ['example.com']);
      assert.equal(server.requests.at(-1)?.params.SecurityToken, STS_TOKEN);

      const bad = provider(server, { accessKeyId: STS_KEY_ID, accessKeySecret: STS_SECRET, securityToken: 'stale-token' });
      const error = await failure(bad.dns.listZones());
      assert.match(error.message, /STS security token \(ALICLOUD_SECURITY_TOKEN \/ ALIBABA_CLOUD_SECURITY_TOKEN\)/);
      assert.ok(!error.message.includes('stale-token'));
    });
  });

  it("says the runner's clock is off when the API finds the timestamp expired", async () => {
    await withServer({ now: () => Date.now() + 20 * 60_000 }, async (server) => {
      const error = await failure(provider(server).dns.listZones());
      assert.equal(error.code, 'InvalidTimeStamp.Expired');
      assert.match(error.message, /runner's clock is more than 15 minutes off/);
    });
  });

  it('a RAM permission refusal fails at once and names the permission', async () => {
    await withServer({}, async (server) => {
      server.failNext('Forbidden.RAM', 1, 'AddDomainRecord');
      const error = await failure(provider(server).dns.appendTxt('example.com', '_acme-challenge.example.com', 'v', 600));
      assert.equal(error.httpStatus, 403);
      assert.match(error.message, /may not call alidns:AddDomainRecord/);
      assert.equal(count(server, 'AddDomainRecord'), 1);
    });
  });
});

describe('AliDNS provider: transient failures', () => {
  for (const code of ['Throttling.User', 'ServiceUnavailable', 'InternalError', 'ECONNRESET']) {
    it(`retries ${code} and then succeeds`, async () => {
      await withServer({}, async (server) => {
        server.failNext(code, 2, 'AddDomainRecord');
        const { dns, log } = provider(server);
        const id = (await dns.appendTxt('example.com', '_acme-challenge.example.com', 'after-retries', 600))?.id;
        assert.ok(id);
        assert.equal(count(server, 'AddDomainRecord'), 3);
        assert.equal(log.lines.filter((line) => line.startsWith('warning:') && line.includes(code)).length, 2);
        assert.deepEqual(server.records().map((record) => record.RecordId), [id]);
      });
    });
  }

  it('gives up after the configured attempts with the last error', async () => {
    await withServer({}, async (server) => {
      server.failNext('Throttling.User', 10);
      const error = await failure(provider(server).dns.listZones());
      assert.equal(error.code, 'Throttling.User');
      assert.match(error.message, /RequestId [0-9A-F-]{36}/);
      assert.equal(count(server, 'DescribeDomains'), FAST_RETRY.attempts);
    });
  });

  it('claims the record when an add whose answer was lost is retried into DomainRecordDuplicate', async () => {
    await withServer({}, async (server) => {
      server.failNext('LostResponse', 1, 'AddDomainRecord');
      const { dns } = provider(server);
      const id = (await dns.appendTxt('example.com', '_acme-challenge.example.com', 'lost-answer', 600))?.id;
      assert.deepEqual(server.records().map((record) => record.RecordId), [id], 'the id of the record the lost try added');
    });
  });

  it('treats a delete whose answer was lost as done when the retry finds the record gone', async () => {
    await withServer({}, async (server) => {
      const { dns } = provider(server);
      const record = await dns.appendTxt('example.com', '_acme-challenge.example.com', 'delete-me', 600);
      assert.ok(record);
      server.failNext('LostResponse', 1, 'DeleteDomainRecord');
      await dns.deleteTxt(record);
      assert.deepEqual(server.records(), []);
    });
  });

  it('counts a record id the API no longer holds as deleted', async () => {
    await withServer({}, async (server) => {
      await provider(server).dns.deleteTxt({ zone: 'example.com', fqdn: '_acme-challenge.example.com', value: 'v', id: '123' });
      assert.equal(server.requests.at(-1)?.Code, 'DomainRecordNotBelongToUser');
    });
  });
});
