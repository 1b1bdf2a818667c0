// A stand-in for the AliDNS OpenAPI (RPC style, version 2015-01-09) on 127.0.0.1 that the real
// @alicloud/pop-core talks to unmodified. It checks requests as strictly as the real gateway (V1
// signature, timestamp window, nonce replay, STS token) so a client bug fails here, not in production,
// and it answers with the real response shapes, error codes and HTTP statuses. Optionally it mirrors
// TXT records into pebble-challtestsrv so DNS queries see what the API holds.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { domainToASCII, domainToUnicode } from 'node:url';

export interface AliDnsServerOptions {
  /** AccessKey ID → AccessKey secret. */
  accessKeys: Record<string, string>;
  /** AccessKey IDs that are STS (temporary) keys → the SecurityToken each must be sent with. */
  securityTokens?: Record<string, string>;
  /** Hosted zones, ASCII or Unicode; stored like the API does: DomainName Unicode, PunyCode ASCII. */
  zones: string[];
  /** Mirrors TXT records into this pebble-challtestsrv. */
  challtestsrv?: { managementUrl: string };
  /** The server's clock in ms; tests skew it to exercise the timestamp check. */
  now?: () => number;
  /** How long an added TXT record takes to reach the DNS server (the real service takes seconds). */
  propagationDelayMs?: number;
}

export interface AliDnsRecord {
  RecordId: string;
  /** As the API reports it: the zone's Unicode name. */
  DomainName: string;
  RR: string;
  Type: string;
  Value: string;
  TTL: number;
}

/** A call that passed authentication, with the error Code it was answered with, if any. */
export interface AliDnsRequest {
  Action: string;
  params: Record<string, string>;
  Code?: string;
}

export interface AliDnsServer {
  /** `http://127.0.0.1:PORT`, for pop-core's `endpoint`. */
  endpoint: string;
  records(): AliDnsRecord[];
  /** Every authenticated call, in arrival order. */
  requests: AliDnsRequest[];
  /**
   * Answers the next `times` authenticated calls (of `action`, if given) with error `code` and its
   * real HTTP status, before the action runs. `ECONNRESET` drops the connection instead;
   * `LostResponse` runs the action, then drops the connection, as when an answer is lost on the way.
   */
  failNext(code: string, times?: number, action?: string): void;
  /**
   * The next `times` calls of `action` take effect at once but are answered only after `delayMs`,
   * as when the gateway is slow: a client that gives up early cannot tell whether the call worked.
   */
  answerLate(action: string, delayMs: number, times?: number): void;
  stop(): Promise<void>;
}

interface Zone {
  DomainId: string;
  DomainName: string;
  PunyCode: string;
  CreateTimestamp: number;
}

interface StoredRecord extends AliDnsRecord {
  zone: Zone;
  CreateTimestamp: number;
}

/** An answer the API gives as an error: JSON with Code and Message, and a non-2xx status. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const VERSION = '2015-01-09';
const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;
const HOST_ID = 'alidns.aliyuncs.com';
const COMMON_REQUIRED = ['AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Version', 'Action'];

/** Errors that `failNext` can inject, as the real service sends them. */
const INJECTABLE: Record<string, [number, string]> = {
  'Throttling.User': [400, 'Request was denied due to user flow control.'],
  Throttling: [400, 'Request was denied due to request throttling.'],
  ServiceUnavailable: [503, 'The request has failed due to a temporary failure of the server.'],
  InternalError: [500, 'The request processing has failed due to some unknown error, exception or failure.'],
  'Forbidden.RAM': [403, "User not authorized to operate on the specified resource, or this API doesn't support RAM."],
};

const missing = (name: string) => new ApiError(400, `Missing${name}`, `${name} is mandatory for this action.`);
const notAZone = () =>
  new ApiError(400, 'InvalidDomainName.NoExist', 'The specified domain name does not exist. Refresh the page and try again.');
const invalid = (name: string) => new ApiError(400, 'InvalidParameter', `The specified parameter "${name}" is not valid.`);

export async function startAliDnsServer(options: AliDnsServerOptions): Promise<AliDnsServer> {
  const now = options.now ?? Date.now;
  const zones = options.zones.map((name, index) => toZone(name, now() - index));
  const stored: StoredRecord[] = [];
  const requests: AliDnsRequest[] = [];
  const failures: Array<{ code: string; action?: string }> = [];
  const lateAnswers: Array<{ action: string; delayMs: number }> = [];
  const timers = new Set<NodeJS.Timeout>();
  /** TXT records DNS serves already (those still within their propagation delay are not). */
  const published = new WeakSet<StoredRecord>();
  const usedNonces = new Set<string>();
  let nextRecordId = 1_000_000_000_000_000_001n;
  let exclusive = Promise.resolve();

  /** Runs record changes and their mirroring one at a time, so challtestsrv always matches the API. */
  function serialized<T>(change: () => Promise<T>): Promise<T> {
    const run = exclusive.then(change);
    exclusive = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  function authenticate(method: string, params: Record<string, string>): void {
    for (const name of COMMON_REQUIRED) if (!params[name]) throw missing(name);
    // The real API also speaks XML (its default); this double does not, so a client that forgets
    // Format=JSON fails loudly here.
    if (params.Format?.toUpperCase() !== 'JSON') throw invalid('Format');
    if (params.Version !== VERSION) throw new ApiError(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
    if (params.SignatureMethod !== 'HMAC-SHA1') {
      throw new ApiError(400, 'InvalidSignatureMethod', 'Specified signature method is not supported.');
    }
    if (params.SignatureVersion !== '1.0') {
      throw new ApiError(400, 'InvalidSignatureVersion', 'Specified signature version is not supported.');
    }
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params.Timestamp) || Number.isNaN(Date.parse(params.Timestamp))) {
      throw new ApiError(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
    }
    if (Math.abs(now() - Date.parse(params.Timestamp)) > TIMESTAMP_WINDOW_MS) {
      throw new ApiError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    }
    const secret = options.accessKeys[params.AccessKeyId];
    if (secret === undefined) throw new ApiError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
    const expected = createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
    if (params.Signature !== expected) {
      throw new ApiError(
        400,
        'SignatureDoesNotMatch',
        `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
      );
    }
    if (usedNonces.has(params.SignatureNonce)) {
      throw new ApiError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    }
    usedNonces.add(params.SignatureNonce);
    const token = options.securityTokens?.[params.AccessKeyId];
    if (token !== undefined && !params.SecurityToken) throw missing('SecurityToken');
    if (token === undefined && params.SecurityToken) {
      throw new ApiError(400, 'InvalidSecurityToken.Malformed', 'Specified SecurityToken is malformed.');
    }
    if (token !== undefined && params.SecurityToken !== token) {
      throw new ApiError(400, 'InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.');
    }
  }

  function zoneNamed(name: string | undefined): Zone {
    if (!name) throw missing('DomainName');
    const ascii = toAscii(name);
    const zone = zones.find((candidate) => candidate.PunyCode === ascii);
    if (!zone) throw notAZone();
    return zone;
  }

  function fqdnOf(record: StoredRecord): string {
    return record.RR === '@' ? record.zone.PunyCode : `${record.RR.toLowerCase()}.${record.zone.PunyCode}`;
  }

  async function mirror(path: 'set-txt' | 'clear-txt', body: { host: string; value?: string }): Promise<void> {
    if (!options.challtestsrv) return;
    const url = `${options.challtestsrv.managementUrl}/${path}`;
    const response = await fetch(url, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  }

  /** Mirrors a new TXT record once the propagation delay is over, unless it was deleted meanwhile. */
  function publishLater(record: StoredRecord): Promise<void> | void {
    const publish = async () => {
      await mirror('set-txt', { host: `${fqdnOf(record)}.`, value: record.Value });
      published.add(record);
    };
    if (!options.propagationDelayMs) return publish();
    const timer = setTimeout(() => {
      timers.delete(timer);
      void serialized(async () => {
        if (stored.includes(record)) await publish();
      });
    }, options.propagationDelayMs);
    timers.add(timer);
  }

  const actions: Record<string, (params: Record<string, string>) => Promise<object> | object> = {
    DescribeDomains(params) {
      const { pageNumber, pageSize } = paging(params, 100);
      const keyword = params.KeyWord?.toLowerCase();
      const exact = params.SearchMode?.toUpperCase() === 'EXACT';
      const matching = zones
        .filter(
          (zone) =>
            !keyword ||
            [zone.DomainName, zone.PunyCode].some((name) => (exact ? name === keyword : name.includes(keyword))),
        )
        .sort((a, b) => b.CreateTimestamp - a.CreateTimestamp);
      const page = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
      return {
        TotalCount: matching.length,
        PageNumber: pageNumber,
        PageSize: pageSize,
        Domains: {
          Domain: page.map((zone) => ({
            ...zone,
            CreateTime: new Date(zone.CreateTimestamp).toISOString().replace(/:\d\d\.\d{3}Z$/, 'Z'),
            AliDomain: false,
            RecordCount: stored.filter((record) => record.zone === zone).length,
            VersionCode: 'mianfei',
            VersionName: 'Alibaba Cloud DNS',
            Starmark: false,
            DnsServers: { DnsServer: ['dns1.hichina.com', 'dns2.hichina.com'] },
            Tags: { Tag: [] },
          })),
        },
      };
    },

    AddDomainRecord(params) {
      for (const name of ['DomainName', 'RR', 'Type', 'Value']) if (!params[name]) throw missing(name);
      const zone = zoneNamed(params.DomainName);
      const ttl = params.TTL === undefined ? 600 : Number(params.TTL);
      if (!Number.isInteger(ttl)) throw invalid('TTL');
      if (ttl < 600 || ttl > 86_400) throw new ApiError(400, 'QuotaExceeded.TTL', 'The TTL quota is exceeded for the domain name.');
      const type = params.Type.toUpperCase();
      return serialized(async () => {
        const duplicate = stored.some(
          (record) =>
            record.zone === zone &&
            record.RR.toLowerCase() === params.RR.toLowerCase() &&
            record.Type === type &&
            record.Value === params.Value,
        );
        if (duplicate) throw new ApiError(400, 'DomainRecordDuplicate', 'The DNS record already exists.');
        const record: StoredRecord = {
          RecordId: String(nextRecordId++),
          DomainName: zone.DomainName,
          RR: params.RR,
          Type: type,
          Value: params.Value,
          TTL: ttl,
          zone,
          CreateTimestamp: now(),
        };
        stored.push(record);
        if (type === 'TXT') await publishLater(record);
        return { RecordId: record.RecordId };
      });
    },

    DescribeDomainRecords(params) {
      const zone = zoneNamed(params.DomainName);
      const exact = params.SearchMode?.toUpperCase() === 'EXACT';
      const like = (value: string, keyword: string | undefined) =>
        !keyword || (exact ? value.toLowerCase() === keyword.toLowerCase() : value.toLowerCase().includes(keyword.toLowerCase()));
      const type = (params.Type ?? params.TypeKeyWord)?.toUpperCase();
      return recordPage(
        params,
        stored.filter(
          (record) =>
            record.zone === zone &&
            (!type || record.Type === type) &&
            like(record.RR, params.RRKeyWord) &&
            like(record.Value, params.ValueKeyWord) &&
            (!params.KeyWord || like(record.RR, params.KeyWord) || like(record.Value, params.KeyWord)),
        ),
      );
    },

    DescribeSubDomainRecords(params) {
      if (!params.SubDomain) throw missing('SubDomain');
      const subDomain = toAscii(params.SubDomain);
      // Without DomainName the API takes the last two labels as the zone.
      const zone = zoneNamed(params.DomainName ?? subDomain.split('.').slice(-2).join('.'));
      if (subDomain !== zone.PunyCode && !subDomain.endsWith(`.${zone.PunyCode}`)) throw invalid('SubDomain');
      const rr = subDomain === zone.PunyCode ? '@' : subDomain.slice(0, -(zone.PunyCode.length + 1));
      const type = params.Type?.toUpperCase();
      return recordPage(
        params,
        stored.filter((record) => record.zone === zone && record.RR.toLowerCase() === rr && (!type || record.Type === type)),
      );
    },

    DeleteDomainRecord(params) {
      if (!params.RecordId) throw missing('RecordId');
      return serialized(async () => {
        const index = stored.findIndex((record) => record.RecordId === params.RecordId);
        if (index < 0) throw new ApiError(400, 'DomainRecordNotBelongToUser', 'The DNS record does not belong to you.');
        const [record] = stored.splice(index, 1);
        if (record.Type === 'TXT') {
          // clear-txt drops every value of the name, so the values that remain are set again.
          const host = `${fqdnOf(record)}.`;
          await mirror('clear-txt', { host });
          for (const other of stored) {
            if (published.has(other) && fqdnOf(other) === fqdnOf(record)) await mirror('set-txt', { host, value: other.Value });
          }
        }
        return { RecordId: record.RecordId };
      });
    },
  };

  function recordPage(params: Record<string, string>, matching: StoredRecord[]): object {
    const { pageNumber, pageSize } = paging(params, 500);
    const newestFirst = [...matching].sort((a, b) => b.CreateTimestamp - a.CreateTimestamp);
    return {
      TotalCount: matching.length,
      PageNumber: pageNumber,
      PageSize: pageSize,
      DomainRecords: {
        Record: newestFirst.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((record) => ({
          DomainName: record.DomainName,
          RecordId: record.RecordId,
          RR: record.RR,
          Type: record.Type,
          Value: record.Value,
          TTL: record.TTL,
          Line: 'default',
          Status: 'ENABLE',
          Locked: false,
          Weight: 1,
          CreateTimestamp: record.CreateTimestamp,
          UpdateTimestamp: record.CreateTimestamp,
        })),
      },
    };
  }

  async function handle(req: IncomingMessage, requestId: string): Promise<object> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const params = Object.fromEntries(url.searchParams);
    if (method === 'POST') Object.assign(params, Object.fromEntries(new URLSearchParams(await readBody(req))));
    else if (method !== 'GET') throw new ApiError(400, 'UnsupportedHTTPMethod', `The HTTP method ${method} is not supported.`);

    authenticate(method, params);
    const call: AliDnsRequest = { Action: params.Action, params };
    requests.push(call);
    try {
      const index = failures.findIndex((failure) => !failure.action || failure.action === params.Action);
      const injected = index >= 0 ? failures.splice(index, 1)[0].code : undefined;
      if (injected === 'ECONNRESET') dropConnection(req);
      if (injected !== undefined && injected !== 'LostResponse') {
        const [status, message] = INJECTABLE[injected] ?? [400, `Injected failure ${injected}.`];
        throw new ApiError(status, injected, message);
      }
      const action = Object.hasOwn(actions, params.Action) ? actions[params.Action] : undefined;
      if (!action) throw new ApiError(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
      const body = { ...(await action(params)), RequestId: requestId };
      if (injected === 'LostResponse') dropConnection(req);
      const late = lateAnswers.findIndex((entry) => entry.action === params.Action);
      if (late >= 0) {
        const { delayMs } = lateAnswers.splice(late, 1)[0];
        await new Promise((resolve) => {
          const timer = setTimeout(() => resolve(timers.delete(timer)), delayMs);
          timers.add(timer);
        });
      }
      return body;
    } catch (error) {
      if (error instanceof ApiError) call.Code = error.code;
      throw error;
    }
  }

  const server = createServer((req, res) => {
    const requestId = randomUUID().toUpperCase();
    handle(req, requestId).then(
      (body) => send(res, 200, body),
      (error: unknown) => {
        if (req.socket.destroyed) return;
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError(500, 'InternalError', `The double failed: ${(error as Error).message}`);
        send(res, apiError.status, {
          RequestId: requestId,
          HostId: HOST_ID,
          Code: apiError.code,
          Message: apiError.message,
          Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(apiError.code)}&product=Alidns&requestId=${requestId}`,
        });
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    records: () =>
      stored.map(({ RecordId, DomainName, RR, Type, Value, TTL }) => ({ RecordId, DomainName, RR, Type, Value, TTL })),
    requests,
    failNext(code, times = 1, action) {
      for (let i = 0; i < times; i++) failures.push({ code, action });
    },
    answerLate(action, delayMs, times = 1) {
      for (let i = 0; i < times; i++) lateAnswers.push({ action, delayMs });
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Resets the client's connection: it sees ECONNRESET and cannot tell whether the call ran. */
function dropConnection(req: IncomingMessage): never {
  req.socket.destroy();
  throw new ApiError(0, 'ECONNRESET', 'connection dropped');
}

function toZone(name: string, createdAt: number): Zone {
  const ascii = toAscii(name);
  return {
    DomainId: randomUUID(),
    DomainName: domainToUnicode(ascii),
    PunyCode: ascii,
    CreateTimestamp: createdAt,
  };
}

function toAscii(name: string): string {
  return (domainToASCII(name.replace(/\.$/, '')) || name).toLowerCase();
}

function paging(params: Record<string, string>, maxPageSize: number): { pageNumber: number; pageSize: number } {
  const pageNumber = params.PageNumber === undefined ? 1 : Number(params.PageNumber);
  const pageSize = params.PageSize === undefined ? 20 : Number(params.PageSize);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw invalid('PageNumber');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) throw invalid('PageSize');
  return { pageNumber, pageSize };
}

/** RFC 3986 unreserved characters stay; everything else, `!'()*` included, is %XX (space is %20). */
function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((name) => name !== 'Signature')
    .sort()
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name])}`)
    .join('&');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 1_000_000) req.destroy(new Error('request body over 1 MB'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
  res.end(JSON.stringify(body));
}
