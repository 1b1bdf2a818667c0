// The AliDNS double must refuse what the real gateway refuses, or tests of the provider prove nothing.
// Requests here are signed by a small independent signer (checked against Alibaba's documented
// example) as well as by the real pop-core.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { Resolver } from 'node:dns/promises';
import { after, before, describe, it } from 'node:test';
import RPCClient from '@alicloud/pop-core';
import { startAliDnsServer, type AliDnsServer } from './doubles/alidns-server.js';
import { startChallTestSrv, type RunningChallTestSrv } from './support/pebble.js';
import { waitFor } from './support/ports.js';

const KEY_ID = 'LTAI5tDoubleTest01';
const SECRET = 'double-secret-*()!~';
const STS_KEY_ID = 'STS.NTemporary01';
const STS_SECRET = 'sts-secret-01';
const STS_TOKEN = 'CAIS-token+/=value';

function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function sign(method: string, params: Record<string, string>, secret: string): string {
  const query = Object.keys(params)
    .sort()
    .map((name) => `${encode(name)}=${encode(params[name])}`)
    .join('&');
  return createHmac('sha1', `${secret}&`).update(`${method}&%2F&${encode(query)}`).digest('base64');
}

interface RawAnswer {
  status: number;
  body: Record<string, unknown> & { Code?: string; Message?: string; RequestId?: string };
}

/** Signs and sends one call the way the spec says, with every common parameter overridable. */
async function rawCall(
  endpoint: string,
  params: Record<string, string>,
  { method = 'POST', secret = SECRET, omit = [] as string[] } = {},
): Promise<RawAnswer> {
  const all: Record<string, string> = {
    Format: 'JSON',
    Version: '2015-01-09',
    AccessKeyId: KEY_ID,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...params,
  };
  for (const name of omit) delete all[name];
  const query = new URLSearchParams({ ...all, Signature: sign(method, all, secret) }).toString();
  const response =
    method === 'GET'
      ? await fetch(`${endpoint}/?${query}`)
      : await fetch(`${endpoint}/`, {
          method,
          body: query,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
  return { status: response.status, body: (await response.json()) as RawAnswer['body'] };
}

function popCore(endpoint: string, accessKeyId = KEY_ID, accessKeySecret = SECRET, securityToken?: string): RPCClient {
  return new RPCClient({ endpoint, apiVersion: '2015-01-09', accessKeyId, accessKeySecret, securityToken });
}

function assertApiError(answer: RawAnswer, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.equal(answer.body.Code, code);
  for (const field of ['RequestId', 'HostId', 'Message', 'Recommend']) assert.equal(typeof answer.body[field], 'string', field);
}

describe('the test signer', () => {
  it("reproduces the signature of Alibaba's documented example", () => {
    const params = {
      Timestamp: '2016-02-23T12:46:24Z',
      Format: 'XML',
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      Version: '2014-05-26',
      SignatureVersion: '1.0',
    };
    assert.equal(sign('GET', params, 'testsecret'), 'OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });
});

describe('AliDNS double: authentication', () => {
  let server: AliDnsServer;
  before(async () => {
    server = await startAliDnsServer({
      accessKeys: { [KEY_ID]: SECRET, [STS_KEY_ID]: STS_SECRET },
      securityTokens: { [STS_KEY_ID]: STS_TOKEN },
      zones: ['example.com'],
    });
  });
  after(() => server.stop());

  it("accepts pop-core's POST and GET, values with space, *'()!~+/= and Unicode included", async () => {
    const value = "v a*l'u(e)!~+/=例";
    const added = await popCore(server.endpoint).request<{ RecordId: unknown }>(
      'AddDomainRecord',
      { DomainName: 'example.com', RR: '_acme-challenge', Type: 'TXT', Value: value, TTL: 600 },
      { method: 'POST' },
    );
    assert.equal(typeof added.RecordId, 'string');
    const found = await popCore(server.endpoint).request<{ DomainRecords: { Record: Array<{ Value: string }> } }>(
      'DescribeDomainRecords',
      { DomainName: 'example.com', ValueKeyWord: value },
    );
    assert.deepEqual(found.DomainRecords.Record.map((record) => record.Value), [value]);
    assert.deepEqual(server.records().map((record) => record.Value), [value]);
  });

  it('accepts the independent signer over GET and POST', async () => {
    for (const method of ['GET', 'POST']) {
      const answer = await rawCall(server.endpoint, { Action: 'DescribeDomains' }, { method });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
    }
  });

  it('answers a wrong secret with SignatureDoesNotMatch (400), echoing its string-to-sign, and does nothing', async () => {
    const calls = server.requests.length;
    const answer = await rawCall(
      server.endpoint,
      { Action: 'AddDomainRecord', DomainName: 'example.com', RR: 'x', Type: 'TXT', Value: 'v' },
      { secret: 'wrong' },
    );
    assertApiError(answer, 400, 'SignatureDoesNotMatch');
    assert.match(answer.body.Message ?? '', /server string to sign is:POST&%2F&AccessKeyId%3DLTAI5tDoubleTest01%26Action%3DAddDomainRecord/);
    assert.equal(server.requests.length, calls, 'not counted as an accepted call');
    assert.ok(!server.records().some((record) => record.RR === 'x'));
  });

  it('answers an unknown AccessKey ID with InvalidAccessKeyId.NotFound (404)', async () => {
    const answer = await rawCall(server.endpoint, { Action: 'DescribeDomains', AccessKeyId: 'LTAI-unknown' });
    assertApiError(answer, 404, 'InvalidAccessKeyId.NotFound');
  });

  it('refuses a reused SignatureNonce (400)', async () => {
    const nonce = randomUUID();
    assert.equal((await rawCall(server.endpoint, { Action: 'DescribeDomains', SignatureNonce: nonce })).status, 200);
    assertApiError(await rawCall(server.endpoint, { Action: 'DescribeDomains', SignatureNonce: nonce }), 400, 'SignatureNonceUsed');
  });

  it('names a missing parameter as Missing<Name> (400)', async () => {
    assertApiError(await rawCall(server.endpoint, { Action: 'DescribeDomains' }, { omit: ['SignatureNonce'] }), 400, 'MissingSignatureNonce');
    assertApiError(await rawCall(server.endpoint, { Action: 'DescribeDomains' }, { omit: ['Timestamp'] }), 400, 'MissingTimestamp');
    assertApiError(await rawCall(server.endpoint, { Action: 'DeleteDomainRecord' }), 400, 'MissingRecordId');
    assertApiError(await rawCall(server.endpoint, { Action: 'AddDomainRecord', DomainName: 'example.com', RR: 'a', Type: 'TXT' }), 400, 'MissingValue');
  });

  it('refuses another Version, signature method or version, and a non-JSON Format', async () => {
    assertApiError(await rawCall(server.endpoint, { Action: 'DescribeDomains', Version: '2014-05-26' }), 400, 'InvalidVersion');
    assertApiError(await rawCall(server.endpoint, { Action: 'DescribeDomains', SignatureMethod: 'HMAC-SHA256' }), 400, 'InvalidSignatureMethod');
    assertApiError(await rawCall(server.endpoint, { Action: 'DescribeDomains', SignatureVersion: '2.0' }), 400, 'InvalidSignatureVersion');
    assertApiError(await rawCall(server.endpoint, { Action: 'DescribeDomains', Format: 'XML' }), 400, 'InvalidParameter');
    assertApiError(await rawCall(server.endpoint, { Action: 'DescribeDomains', Timestamp: '2026-01-01 00:00:00' }), 400, 'InvalidTimeStamp.Format');
    assertApiError(await rawCall(server.endpoint, { Action: 'NoSuchAction' }), 404, 'InvalidAction.NotFound');
  });

  it('requires the matching SecurityToken with STS keys, and none with long-term keys', async () => {
    const sts = { AccessKeyId: STS_KEY_ID, Action: 'DescribeDomains' };
    assert.equal((await rawCall(server.endpoint, { ...sts, SecurityToken: STS_TOKEN }, { secret: STS_SECRET })).status, 200);
    assertApiError(await rawCall(server.endpoint, sts, { secret: STS_SECRET }), 400, 'MissingSecurityToken');
    assertApiError(
      await rawCall(server.endpoint, { ...sts, SecurityToken: 'other' }, { secret: STS_SECRET }),
      400,
      'InvalidSecurityToken.MismatchWithAccessKey',
    );
    assertApiError(
      await rawCall(server.endpoint, { Action: 'DescribeDomains', SecurityToken: STS_TOKEN }),
      400,
      'InvalidSecurityToken.Malformed',
    );
    const viaPopCore = await popCore(server.endpoint, STS_KEY_ID, STS_SECRET, STS_TOKEN).request<{ TotalCount: number }>(
      'DescribeDomains',
      {},
      { method: 'POST' },
    );
    assert.equal(viaPopCore.TotalCount, 1);
  });
});

describe('AliDNS double: clock', () => {
  for (const [skewMinutes, accepted] of [
    [14, true],
    [-14, true],
    [16, false],
    [-16, false],
  ] as const) {
    it(`${accepted ? 'accepts' : 'refuses with InvalidTimeStamp.Expired (400)'} a client clock ${skewMinutes} minutes off`, async () => {
      const server = await startAliDnsServer({
        accessKeys: { [KEY_ID]: SECRET },
        zones: ['example.com'],
        now: () => Date.now() + skewMinutes * 60_000,
      });
      try {
        const answer = await rawCall(server.endpoint, { Action: 'DescribeDomains' });
        if (accepted) assert.equal(answer.status, 200);
        else assertApiError(answer, 400, 'InvalidTimeStamp.Expired');
      } finally {
        await server.stop();
      }
    });
  }
});

describe('AliDNS double: actions', () => {
  let server: AliDnsServer;
  const zones = Array.from({ length: 120 }, (_, index) => `zone${index}.example`);
  before(async () => {
    server = await startAliDnsServer({ accessKeys: { [KEY_ID]: SECRET }, zones: ['例子.中国', 'example.com', ...zones] });
  });
  after(() => server.stop());

  const call = (params: Record<string, string | number>) =>
    rawCall(server.endpoint, Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])));

  it('DescribeDomains pages (default 20, at most 100) and stores IDNs as Unicode DomainName and ASCII PunyCode', async () => {
    const first = await call({ Action: 'DescribeDomains' });
    assert.equal(first.body.TotalCount, 122);
    assert.equal(first.body.PageSize, 20);
    const domains = (first.body.Domains as { Domain: Array<Record<string, unknown>> }).Domain;
    assert.equal(domains.length, 20);
    assert.deepEqual(
      { DomainName: domains[0].DomainName, PunyCode: domains[0].PunyCode },
      { DomainName: '例子.中国', PunyCode: 'xn--fsqu00a.xn--fiqs8s' },
    );
    assert.equal(typeof domains[0].DomainId, 'string');
    const last = await call({ Action: 'DescribeDomains', PageSize: 100, PageNumber: 2 });
    assert.equal((last.body.Domains as { Domain: unknown[] }).Domain.length, 22);
    assertApiError(await call({ Action: 'DescribeDomains', PageSize: 101 }), 400, 'InvalidParameter');
    const keyword = await call({ Action: 'DescribeDomains', KeyWord: 'EXAMPLE.COM' });
    assert.equal(keyword.body.TotalCount, 1);
  });

  it('AddDomainRecord enforces TTL ≥ 600, refuses exact duplicates and sub-domains, allows several TXT values per RR', async () => {
    const add = (extra: Record<string, string | number>) =>
      call({ Action: 'AddDomainRecord', DomainName: 'example.com', RR: '_acme-challenge', Type: 'TXT', TTL: 600, ...extra });
    assertApiError(await add({ Value: 'low-ttl', TTL: 599 }), 400, 'QuotaExceeded.TTL');
    const one = await add({ Value: 'one' });
    const two = await add({ Value: 'two' });
    assert.equal(one.status, 200);
    assert.equal(two.status, 200);
    assert.notEqual(one.body.RecordId, two.body.RecordId);
    assert.match(String(one.body.RecordId), /^\d+$/);
    assertApiError(await add({ Value: 'one' }), 400, 'DomainRecordDuplicate');
    assertApiError(await add({ Value: 'three', DomainName: 'www.example.com' }), 400, 'InvalidDomainName.NoExist');
    const idn = await add({ Value: 'idn', DomainName: 'xn--fsqu00a.xn--fiqs8s' });
    assert.equal(idn.status, 200);
    assert.equal(server.records().find((record) => record.Value === 'idn')?.DomainName, '例子.中国');
  });

  it('DescribeDomainRecords and DescribeSubDomainRecords filter and page like the API', async () => {
    for (let index = 0; index < 25; index++) {
      await call({ Action: 'AddDomainRecord', DomainName: 'example.com', RR: `host${index}`, Type: 'A', Value: `192.0.2.${index}` });
    }
    const page = await call({ Action: 'DescribeDomainRecords', DomainName: 'example.com' });
    assert.equal(page.body.PageSize, 20);
    assert.equal((page.body.DomainRecords as { Record: unknown[] }).Record.length, 20);
    assert.ok(Number(page.body.TotalCount) >= 27);
    const txt = await call({ Action: 'DescribeDomainRecords', DomainName: 'example.com', TypeKeyWord: 'TXT', RRKeyWord: 'ACME' });
    assert.deepEqual(
      (txt.body.DomainRecords as { Record: Array<{ Value: string }> }).Record.map((record) => record.Value).sort(),
      ['one', 'two'],
    );
    const exact = await call({ Action: 'DescribeDomainRecords', DomainName: 'example.com', RRKeyWord: 'host1', SearchMode: 'EXACT' });
    assert.equal(exact.body.TotalCount, 1);
    assertApiError(await call({ Action: 'DescribeDomainRecords', DomainName: 'example.com', PageSize: 501 }), 400, 'InvalidParameter');
    const sub = await call({ Action: 'DescribeSubDomainRecords', SubDomain: '_acme-challenge.example.com', Type: 'TXT' });
    assert.equal(sub.body.TotalCount, 2);
    const record = (sub.body.DomainRecords as { Record: Array<Record<string, unknown>> }).Record[0];
    for (const field of ['DomainName', 'RecordId', 'RR', 'Type', 'Value', 'TTL', 'Line', 'Status', 'Locked']) assert.ok(field in record, field);
  });

  it('DeleteDomainRecord removes by id and answers DomainRecordNotBelongToUser (400) for an unknown id', async () => {
    const added = await call({ Action: 'AddDomainRecord', DomainName: 'example.com', RR: 'gone', Type: 'TXT', Value: 'x' });
    const id = String(added.body.RecordId);
    const deleted = await call({ Action: 'DeleteDomainRecord', RecordId: id });
    assert.equal(deleted.body.RecordId, id);
    assert.ok(!server.records().some((record) => record.RecordId === id));
    assertApiError(await call({ Action: 'DeleteDomainRecord', RecordId: id }), 400, 'DomainRecordNotBelongToUser');
  });

  it('answers late on request: the call takes effect at once, its answer comes after the delay', async () => {
    server.answerLate('AddDomainRecord', 800);
    const started = Date.now();
    const answer = call({ Action: 'AddDomainRecord', DomainName: 'example.com', RR: 'late', Type: 'TXT', Value: 'slow' });
    await waitFor(() => server.records().some((record) => record.Value === 'slow'), { timeoutMs: 2000, what: 'the record to exist' });
    assert.ok(Date.now() - started < 800, 'stored before the answer');
    assert.equal((await answer).status, 200);
    assert.ok(Date.now() - started >= 800);
  });

  it('injects throttling (400) and unavailability (503), then answers normally', async () => {
    server.failNext('Throttling.User');
    server.failNext('ServiceUnavailable', 1, 'DescribeDomains');
    assertApiError(await call({ Action: 'DescribeDomains' }), 400, 'Throttling.User');
    assertApiError(await call({ Action: 'DescribeDomains' }), 503, 'ServiceUnavailable');
    assert.equal((await call({ Action: 'DescribeDomains' })).status, 200);
    assert.deepEqual(
      server.requests.slice(-3).map((request) => request.Code),
      ['Throttling.User', 'ServiceUnavailable', undefined],
    );
  });
});

describe('AliDNS double: mirroring into pebble-challtestsrv', () => {
  let challtestsrv: RunningChallTestSrv;
  let server: AliDnsServer;
  const resolver = new Resolver({ timeout: 1000, tries: 1 });
  before(async () => {
    challtestsrv = await startChallTestSrv();
    resolver.setServers([challtestsrv.dnsAddress]);
    server = await startAliDnsServer({
      accessKeys: { [KEY_ID]: SECRET },
      zones: ['example.com', '例子.中国'],
      challtestsrv: { managementUrl: challtestsrv.managementUrl },
    });
  });
  after(async () => {
    await server.stop();
    await challtestsrv.stop();
  });

  const served = async (name: string) => {
    try {
      return (await resolver.resolveTxt(name)).map((chunks) => chunks.join('')).sort();
    } catch {
      return [];
    }
  };

  it('serves added TXT values over DNS and keeps the others when one is deleted', async () => {
    const add = (Value: string) =>
      rawCall(server.endpoint, { Action: 'AddDomainRecord', DomainName: 'example.com', RR: '_acme-challenge', Type: 'TXT', Value });
    const first = await add('first');
    await add('second');
    assert.deepEqual(await served('_acme-challenge.example.com'), ['first', 'second']);
    await rawCall(server.endpoint, { Action: 'DeleteDomainRecord', RecordId: String(first.body.RecordId) });
    await waitFor(async () => (await served('_acme-challenge.example.com')).join() === 'second', {
      timeoutMs: 5000,
      what: 'only the second value to be served',
    });
  });

  it('mirrors IDN zones and apex records under their ASCII name', async () => {
    await rawCall(server.endpoint, { Action: 'AddDomainRecord', DomainName: '例子.中国', RR: '@', Type: 'TXT', Value: 'apex' });
    assert.deepEqual(await served('xn--fsqu00a.xn--fiqs8s'), ['apex']);
  });

  it('with a propagation delay, serves a TXT value only once the delay is over, and never one deleted before', async () => {
    const slow = await startAliDnsServer({
      accessKeys: { [KEY_ID]: SECRET },
      zones: ['example.com'],
      challtestsrv: { managementUrl: challtestsrv.managementUrl },
      propagationDelayMs: 1000,
    });
    try {
      const add = (Value: string) =>
        rawCall(slow.endpoint, { Action: 'AddDomainRecord', DomainName: 'example.com', RR: '_late', Type: 'TXT', Value });
      const added = Date.now();
      await add('late');
      const dropped = await add('dropped');
      await rawCall(slow.endpoint, { Action: 'DeleteDomainRecord', RecordId: String(dropped.body.RecordId) });
      assert.deepEqual(await served('_late.example.com'), []);
      await waitFor(async () => (await served('_late.example.com')).join() === 'late', { timeoutMs: 5000, what: 'the delayed value' });
      assert.ok(Date.now() - added >= 1000);
      assert.deepEqual(await served('_late.example.com'), ['late']);
    } finally {
      await slow.stop();
    }
  });
});
