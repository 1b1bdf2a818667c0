// A stand-in for Huawei Cloud DNS API v2 (public zones and record sets) on 127.0.0.1. It verifies
// AK/SK (SDK-HMAC-SHA256) signatures the way the API gateway does (recomputed here from the raw
// request), keeps each name's TXT values as one record set, and answers with the gateway's and the
// DNS service's error shapes and codes. Optionally it mirrors TXT record sets into pebble-challtestsrv.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mirrorTxt } from '../support/challtestsrv.js';
import { serializer, startLoopbackApi } from './loopback-api.js';

export interface HuaweiCloudServerOptions {
  /** AK → SK. */
  accessKeys: Record<string, string>;
  zones: string[];
  challtestsrv?: { managementUrl: string };
}

export interface HuaweiRecordSet {
  id: string;
  zone_id: string;
  name: string;
  type: string;
  ttl: number;
  records: string[];
  status: string;
}

export interface HuaweiCloudServer {
  endpoint: string;
  recordSets(): HuaweiRecordSet[];
  txtValues(fqdn: string): string[];
  requests: Array<{ method: string; path: string; body?: string; code?: string }>;
  throttleNext(times: number): void;
  addValue(zone: string, fqdn: string, value: string): Promise<void>;
  stop(): Promise<void>;
}

/** An API gateway refusal ({error_code, error_msg}) or a DNS service error ({code, message}). */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly gateway = false,
  ) {
    super(message);
  }
}

const SKEW_MS = 15 * 60_000;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const id32 = () => randomBytes(16).toString('hex');
const bare = (name: string) => name.toLowerCase().replace(/\.$/, '');
// RFC 3986 unreserved characters stay; everything else is %XX, as the gateway canonicalises.
const encode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

export async function startHuaweiCloudServer(options: HuaweiCloudServerOptions): Promise<HuaweiCloudServer> {
  const zones = options.zones.map((name) => ({ id: id32(), name: `${bare(name)}.` }));
  const sets: HuaweiRecordSet[] = [];
  const requests: HuaweiCloudServer['requests'] = [];
  let throttled = 0;
  const serialized = serializer();

  function authenticate(req: IncomingMessage, url: URL, body: Buffer): void {
    const authorization = String(req.headers.authorization ?? '');
    const match = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!match) throw new ApiError(401, 'APIGW.0301', 'Incorrect IAM authentication information: Authorization format incorrect', true);
    const [, ak, signedHeaders, signature] = match;
    const sk = options.accessKeys[ak];
    if (sk === undefined) throw new ApiError(401, 'APIGW.0301', `Incorrect IAM authentication information: ak ${ak} not exist`, true);
    const date = String(req.headers['x-sdk-date'] ?? '');
    const when = Date.parse(date.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (!Number.isFinite(when) || Math.abs(Date.now() - when) > SKEW_MS) {
      throw new ApiError(401, 'APIGW.0301', 'Incorrect IAM authentication information: the request time is out of range', true);
    }
    const signed = signedHeaders.split(';');
    if (!signed.includes('host') || !signed.includes('x-sdk-date')) {
      throw new ApiError(401, 'APIGW.0301', 'Incorrect IAM authentication information: verify aksk signature fail', true);
    }
    const path = url.pathname.split('/').map((segment) => encode(decodeURIComponent(segment))).join('/');
    const canonicalUri = path.endsWith('/') ? path : `${path}/`;
    const query = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
    const headers = signed.map((name) => `${name}:${String(req.headers[name] ?? '')}\n`).join('');
    const canonical = [req.method, canonicalUri, query, headers, signedHeaders, sha256(body)].join('\n');
    const stringToSign = ['SDK-HMAC-SHA256', date, sha256(canonical)].join('\n');
    if (createHmac('sha256', sk).update(stringToSign).digest('hex') !== signature) {
      throw new ApiError(401, 'APIGW.0301', 'Incorrect IAM authentication information: verify aksk signature fail', true);
    }
  }

  function zoneById(id: string) {
    const zone = zones.find((candidate) => candidate.id === id);
    if (!zone) throw new ApiError(404, 'DNS.0302', `This Zone '${id}' does not exist.`);
    return zone;
  }

  function valuesOf(set: HuaweiRecordSet | undefined): string[] {
    return (set?.records ?? []).map((value) => value.replace(/^"|"$/g, ''));
  }

  async function mirror(name: string): Promise<void> {
    if (!options.challtestsrv) return;
    await mirrorTxt(options.challtestsrv.managementUrl, bare(name), valuesOf(sets.find((set) => set.name === name && set.type === 'TXT')));
  }

  function checkRecords(records: unknown): string[] {
    if (!Array.isArray(records) || records.length === 0) throw new ApiError(400, 'DNS.0308', 'The record value cannot be empty.');
    for (const record of records) {
      if (typeof record !== 'string' || !/^"[^"]{0,255}"$/.test(record)) throw new ApiError(400, 'DNS.0307', `Invalid TXT record value: ${String(record)}`);
    }
    return records as string[];
  }

  const view = (set: HuaweiRecordSet) => ({ ...set, zone_name: zones.find((zone) => zone.id === set.zone_id)?.name, default: false, line: 'default_view', weight: 1 });

  async function route(method: string, url: URL, body: Record<string, unknown>): Promise<[number, object]> {
    const path = url.pathname;
    let match: RegExpExecArray | null;
    if (method === 'GET' && path === '/v2/zones') {
      if (url.searchParams.get('type') && url.searchParams.get('type') !== 'public') return [200, { zones: [], metadata: { total_count: 0 } }];
      const limit = Number(url.searchParams.get('limit') ?? 500);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      if (!(limit >= 0 && limit <= 500)) throw new ApiError(400, 'DNS.0203', 'The limit parameter is invalid.');
      const page = zones.slice(offset, offset + limit).map((zone) => ({ ...zone, zone_type: 'public', status: 'ACTIVE', ttl: 300, email: 'hwclouds.cs@huawei.com', record_num: 2 }));
      return [200, { links: { self: url.href }, zones: page, metadata: { total_count: zones.length } }];
    }
    if ((match = /^\/v2\/zones\/([^/]+)\/recordsets$/.exec(path))) {
      const zone = zoneById(match[1]);
      if (method === 'GET') {
        const name = url.searchParams.get('name');
        const exact = url.searchParams.get('search_mode') === 'equal';
        const type = url.searchParams.get('type');
        const found = sets.filter(
          (set) => set.zone_id === zone.id && (!type || set.type === type) && (!name || (exact ? set.name === name.toLowerCase() : set.name.includes(name.toLowerCase().replace(/\.$/, '')))),
        );
        return [200, { links: { self: url.href }, recordsets: found.map(view), metadata: { total_count: found.length } }];
      }
      if (method === 'POST') {
        return serialized(async () => {
          const name = `${bare(String(body.name ?? ''))}.`;
          if (!(name === zone.name || name.endsWith(`.${zone.name}`))) throw new ApiError(400, 'DNS.0312', `The record set name ${name} does not belong to the zone.`);
          const records = checkRecords(body.records);
          const ttl = Number(body.ttl ?? 300);
          if (!(ttl >= 1 && ttl <= 2_147_483_647)) throw new ApiError(400, 'DNS.0309', 'Invalid TTL.');
          if (sets.some((set) => set.zone_id === zone.id && set.name === name && set.type === body.type)) {
            throw new ApiError(400, 'DNS.0335', `Duplicate recordset exists.(name: ${name}, type: ${String(body.type)}, line: default_view).`);
          }
          const set = { id: id32(), zone_id: zone.id, name, type: String(body.type), ttl, records, status: 'PENDING_CREATE' };
          sets.push(set);
          await mirror(name);
          return [202, view(set)];
        });
      }
    }
    if ((match = /^\/v2\/zones\/([^/]+)\/recordsets\/([^/]+)$/.exec(path))) {
      const zone = zoneById(match[1]);
      const recordSetId = match[2];
      return serialized(async () => {
        const index = sets.findIndex((set) => set.zone_id === zone.id && set.id === recordSetId);
        if (index < 0) throw new ApiError(404, 'DNS.0313', 'This record set does not exist.');
        const set = sets[index];
        if (method === 'PUT') {
          set.records = checkRecords(body.records ?? set.records);
          set.ttl = Number(body.ttl ?? set.ttl);
          set.status = 'PENDING_UPDATE';
          await mirror(set.name);
          return [202, view(set)];
        }
        if (method === 'DELETE') {
          sets.splice(index, 1);
          await mirror(set.name);
          return [202, { ...view(set), status: 'PENDING_DELETE' }];
        }
        throw new ApiError(405, 'DNS.0001', 'Method not allowed.');
      });
    }
    throw new ApiError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment', true);
  }

  async function handle(req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const requestId = id32();
    let entry: HuaweiCloudServer['requests'][number] | undefined;
    const reply = (status: number, payload: object) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': requestId });
      res.end(JSON.stringify(payload));
    };
    try {
      authenticate(req, url, body);
      entry = { method: req.method ?? 'GET', path: url.pathname + url.search, body: body.toString('utf8') || undefined };
      requests.push(entry);
      if (throttled > 0) {
        throttled--;
        throw new ApiError(429, 'APIGW.0308', 'The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute', true);
      }
      const parsed = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
      reply(...(await route(entry.method, url, parsed)));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (entry) entry.code = error.code;
      reply(error.status, error.gateway ? { error_code: error.code, error_msg: error.message, request_id: requestId } : { code: error.code, message: error.message });
    }
  }

  const api = await startLoopbackApi(handle);
  return {
    endpoint: `${api.origin}`,
    recordSets: () => sets.map((set) => ({ ...set, records: [...set.records] })),
    txtValues: (fqdn) => valuesOf(sets.find((set) => set.name === `${bare(fqdn)}.` && set.type === 'TXT')),
    requests,
    throttleNext(times) {
      throttled = times;
    },
    async addValue(zoneName, fqdn, value) {
      const zone = zones.find((candidate) => candidate.name === `${bare(zoneName)}.`)!;
      await serialized(async () => {
        const name = `${bare(fqdn)}.`;
        const set = sets.find((candidate) => candidate.name === name && candidate.type === 'TXT');
        if (set) set.records.push(`"${value}"`);
        else sets.push({ id: id32(), zone_id: zone.id, name, type: 'TXT', ttl: 300, records: [`"${value}"`], status: 'ACTIVE' });
        await mirror(name);
      });
    },
    stop: api.stop,
  };
}
