// A stand-in for the Cloudflare API v4 (the zone and DNS record endpoints DNS-01 uses) on 127.0.0.1.
// It checks API tokens and their permissions as the real API does, answers with the real envelope
// ({success, errors, messages, result, result_info}), error codes and HTTP statuses, and can mirror
// TXT records into pebble-challtestsrv so DNS queries see what the API holds.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mirrorTxt } from '../support/challtestsrv.js';
import { serializer, startLoopbackApi } from './loopback-api.js';

export interface CloudflareToken {
  /** Zone:Zone:Read — listing zones. */
  zoneRead: boolean;
  /** Zone:DNS:Edit — reading and changing records. */
  dnsEdit: boolean;
}

export interface CloudflareServerOptions {
  tokens: Record<string, CloudflareToken>;
  zones: string[];
  challtestsrv?: { managementUrl: string };
}

export interface CloudflareRecord {
  id: string;
  zone_id: string;
  zone_name: string;
  name: string;
  type: string;
  content: string;
  ttl: number;
}

export interface CloudflareServer {
  /** Base URL for `cloudflare-endpoint`, like https://api.cloudflare.com/client/v4. */
  endpoint: string;
  records(): CloudflareRecord[];
  /** Authenticated calls: method, path and the error code answered, if any. */
  requests: Array<{ method: string; path: string; code?: number }>;
  /** Answers the next `times` authenticated calls with HTTP 429 (code 971), before they run. */
  throttleNext(times: number): void;
  /** Adds a record as a user would in the dashboard. */
  addRecord(zone: string, name: string, content: string): Promise<void>;
  stop(): Promise<void>;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly chain?: Array<{ code: number; message: string }>,
  ) {
    super(message);
  }
}

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{40}$/;
const id32 = () => randomBytes(16).toString('hex');

export async function startCloudflareServer(options: CloudflareServerOptions): Promise<CloudflareServer> {
  const zones = options.zones.map((name) => ({ id: id32(), name: name.toLowerCase() }));
  const stored: CloudflareRecord[] = [];
  const requests: CloudflareServer['requests'] = [];
  let throttled = 0;
  const serialized = serializer();

  async function mirror(name: string): Promise<void> {
    if (!options.challtestsrv) return;
    const values = stored.filter((record) => record.type === 'TXT' && record.name === name).map((record) => record.content);
    await mirrorTxt(options.challtestsrv.managementUrl, name, values);
  }

  function authenticate(header: string | undefined): CloudflareToken {
    const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (token === undefined || !TOKEN_FORMAT.test(token)) {
      throw new ApiError(400, 6003, 'Invalid request headers', [{ code: 6111, message: 'Invalid format for Authorization header' }]);
    }
    const grant = options.tokens[token];
    if (!grant) throw new ApiError(403, 9109, 'Invalid access token');
    return grant;
  }

  function zoneById(id: string) {
    const zone = zones.find((candidate) => candidate.id === id);
    if (!zone) throw new ApiError(404, 7003, `Could not route to /zones/${id}/dns_records, perhaps your object identifier is invalid?`);
    return zone;
  }

  const denied = () => new ApiError(403, 10000, 'Authentication error');

  async function createRecord(zone: { id: string; name: string }, body: Record<string, unknown>): Promise<CloudflareRecord> {
    const { type, name, content, ttl = 1 } = body as { type?: string; name?: string; content?: string; ttl?: number };
    if (!type) throw new ApiError(400, 9000, 'DNS record type is invalid.');
    if (typeof name !== 'string' || !name) throw new ApiError(400, 9005, 'Content for record name is invalid.');
    if (typeof content !== 'string') throw new ApiError(400, 9007, 'Content for TXT record is invalid.');
    if (typeof ttl !== 'number' || (ttl !== 1 && (ttl < 60 || ttl > 86_400))) {
      throw new ApiError(400, 9021, 'Invalid TTL. Must be between 60 and 86400 seconds, or 1 for Automatic.');
    }
    // Relative names are completed with the zone; '@' is the apex.
    const lower = name.toLowerCase().replace(/\.$/, '');
    const fqdn = lower === '@' ? zone.name : lower === zone.name || lower.endsWith(`.${zone.name}`) ? lower : `${lower}.${zone.name}`;
    if (stored.some((record) => record.zone_id === zone.id && record.type === type && record.name === fqdn && record.content === content)) {
      throw new ApiError(400, 81058, 'An identical record already exists.');
    }
    const record = { id: id32(), zone_id: zone.id, zone_name: zone.name, name: fqdn, type, content, ttl };
    stored.push(record);
    if (type === 'TXT') await mirror(fqdn);
    return record;
  }

  async function route(method: string, url: URL, body: Record<string, unknown>, grant: CloudflareToken) {
    const path = url.pathname.replace(/^\/client\/v4/, '');
    if (method === 'GET' && path === '/zones') {
      if (!grant.zoneRead) throw denied();
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 20);
      if (!(perPage >= 5 && perPage <= 50)) throw new ApiError(400, 1001, 'per_page must be between 5 and 50');
      const name = url.searchParams.get('name');
      const matching = zones.filter((zone) => !name || zone.name === name);
      const result = matching.slice((page - 1) * perPage, page * perPage).map((zone) => ({ ...zone, status: 'active', paused: false, type: 'full' }));
      const resultInfo = { page, per_page: perPage, count: result.length, total_count: matching.length, total_pages: Math.ceil(matching.length / perPage) };
      return { result, result_info: resultInfo };
    }
    const records = /^\/zones\/([^/]+)\/dns_records(?:\/([^/]+))?$/.exec(path);
    if (!records) throw new ApiError(400, 7000, 'No route for that URI');
    if (!grant.dnsEdit) throw denied();
    const zone = zoneById(records[1]);
    const recordId = records[2];
    if (method === 'POST' && !recordId) return { result: await serialized(() => createRecord(zone, body)) };
    if (method === 'GET' && !recordId) {
      const filter = (key: string, value: string) => url.searchParams.get(key) === null || url.searchParams.get(key) === value;
      const result = stored.filter(
        (record) => record.zone_id === zone.id && filter('type', record.type) && filter('name', record.name) && filter('content', record.content),
      );
      return { result, result_info: { page: 1, per_page: 100, count: result.length, total_count: result.length, total_pages: 1 } };
    }
    if (method === 'DELETE' && recordId) {
      return serialized(async () => {
        const index = stored.findIndex((record) => record.zone_id === zone.id && record.id === recordId);
        if (index < 0) throw new ApiError(404, 81044, 'Record does not exist.');
        const [record] = stored.splice(index, 1);
        if (record.type === 'TXT') await mirror(record.name);
        return { result: { id: record.id } };
      });
    }
    throw new ApiError(405, 10405, 'Method not allowed for this route');
  }

  async function handle(req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double');
    const entry: CloudflareServer['requests'][number] = { method: req.method ?? 'GET', path: url.pathname + url.search };
    const send = (status: number, payload: object) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cf-ray': `${randomBytes(8).toString('hex')}-NRT` });
      res.end(JSON.stringify(payload));
    };
    try {
      const grant = authenticate(req.headers.authorization);
      requests.push(entry);
      if (throttled > 0) {
        throttled--;
        res.setHeader('retry-after', '1');
        throw new ApiError(429, 971, 'Please wait and consider throttling your request speed');
      }
      const parsed = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
      send(200, { success: true, errors: [], messages: [], ...(await route(entry.method, url, parsed, grant)) });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      entry.code = error.code;
      const detail = { code: error.code, message: error.message, ...(error.chain ? { error_chain: error.chain } : {}) };
      send(error.status, { success: false, errors: [detail], messages: [], result: null });
    }
  }

  const api = await startLoopbackApi(handle);
  return {
    endpoint: `${api.origin}/client/v4`,
    records: () => stored.map((record) => ({ ...record })),
    requests,
    throttleNext(times) {
      throttled = times;
    },
    async addRecord(zoneName, name, content) {
      const zone = zones.find((candidate) => candidate.name === zoneName);
      if (!zone) throw new Error(`no zone ${zoneName}`);
      await serialized(() => createRecord(zone, { type: 'TXT', name, content, ttl: 1 }));
    },
    stop: api.stop,
  };
}
