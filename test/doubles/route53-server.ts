// A stand-in for the AWS Route 53 REST API (2013-04-01) on 127.0.0.1: ListHostedZones,
// GetHostedZone, ListResourceRecordSets, ChangeResourceRecordSets and GetChange. It verifies SigV4
// signatures the way AWS does (recomputed here from the raw request, independently of the client's
// signing library), keeps each name's TXT values as one record set with AWS's change-batch rules,
// answers with AWS's XML shapes and error codes, and reports changes PENDING before INSYNC.
// Optionally it mirrors TXT record sets into pebble-challtestsrv.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { XMLParser } from 'fast-xml-parser';
import { mirrorTxt } from '../support/challtestsrv.js';
import { serializer, startLoopbackApi } from './loopback-api.js';

export interface Route53ServerOptions {
  /** Access key ID → secret access key. */
  accessKeys: Record<string, string>;
  /** Access key IDs of temporary credentials → the session token each must come with. */
  sessionTokens?: Record<string, string>;
  zones: Array<string | { name: string; private: boolean }>;
  challtestsrv?: { managementUrl: string };
  /** GetChange calls that answer PENDING before a change is INSYNC (default 1). */
  pendingPolls?: number;
}

export interface Route53RecordSet {
  zoneId: string;
  name: string;
  ttl: number;
  /** As stored: quoted strings. */
  values: string[];
}

export interface Route53Server {
  endpoint: string;
  recordSets(): Route53RecordSet[];
  /** The id of the (first) hosted zone named `name`. */
  zoneId(name: string): string;
  /** TXT values (unquoted) at `fqdn`. */
  txtValues(fqdn: string): string[];
  /** Authenticated calls, by action, with the error code answered if any. */
  requests: Array<{ action: string; code?: string; body?: string }>;
  throttleNext(times: number): void;
  /** A user's own TXT value, added to the name's set. */
  addValue(zone: string, fqdn: string, value: string): Promise<void>;
  stop(): Promise<void>;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const XMLNS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const SKEW_MS = 15 * 60_000;
const parser = new XMLParser({ isArray: (name) => ['Change', 'ResourceRecord'].includes(name), parseTagValue: false });
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
const rfc3986 = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const bare = (name: string) => name.toLowerCase().replace(/\.$/, '');
/** Route 53 orders names by their labels from the right. */
const orderKey = (name: string) => bare(name).split('.').reverse().join('.');

export async function startRoute53Server(options: Route53ServerOptions): Promise<Route53Server> {
  const zones = options.zones.map((zone) => {
    const { name, private: isPrivate } = typeof zone === 'string' ? { name: zone, private: false } : zone;
    return { id: `Z${randomBytes(10).toString('hex').toUpperCase()}`, name: bare(name), private: isPrivate };
  });
  const sets: Route53RecordSet[] = [];
  const changes = new Map<string, number>();
  const requests: Route53Server['requests'] = [];
  let throttled = 0;

  function verifySignature(req: IncomingMessage, url: URL, body: Buffer): void {
    const authorization = req.headers.authorization;
    if (!authorization) throw new ApiError(403, 'MissingAuthenticationToken', 'Missing Authentication Token');
    const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!match) throw new ApiError(400, 'IncompleteSignature', `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.`);
    const [, keyId, date, region, service, signedHeaders, signature] = match;
    const secret = options.accessKeys[keyId];
    const token = options.sessionTokens?.[keyId];
    if (secret === undefined || (token !== undefined && req.headers['x-amz-security-token'] !== token)) {
      throw new ApiError(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');
    }
    if (service !== 'route53' || region !== 'us-east-1') {
      throw new ApiError(403, 'SignatureDoesNotMatch', `Credential should be scoped to a valid region and service 'route53'.`);
    }
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    const signed = signedHeaders.split(';');
    if (!signed.includes('host') || !signed.includes('x-amz-date') || (token !== undefined && !signed.includes('x-amz-security-token'))) {
      throw new ApiError(403, 'SignatureDoesNotMatch', 'The request signature must sign host, x-amz-date (and x-amz-security-token).');
    }
    const when = Date.parse(amzDate.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (!Number.isFinite(when) || Math.abs(Date.now() - when) > SKEW_MS || !amzDate.startsWith(date)) {
      throw new ApiError(403, 'SignatureDoesNotMatch', `Signature expired: ${amzDate} is now earlier than the allowed window.`);
    }
    const query = [...url.searchParams]
      .map(([key, value]) => [rfc3986(key), rfc3986(value)])
      .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
      .map(([key, value]) => `${key}=${value}`)
      .join('&');
    const path = url.pathname.split('/').map((segment) => rfc3986(decodeURIComponent(segment))).join('/');
    const headerLines = signed.map((name) => `${name}:${String(req.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
    const canonical = [req.method, path, query, headerLines, signedHeaders, sha256(body)].join('\n');
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
    if (createHmac('sha256', key).update(stringToSign).digest('hex') !== signature) {
      throw new ApiError(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      );
    }
  }

  function zoneById(id: string) {
    const zone = zones.find((candidate) => candidate.id === id);
    if (!zone) throw new ApiError(404, 'NoSuchHostedZone', `No hosted zone found with ID: ${id}`);
    return zone;
  }

  const zoneXml = (zone: (typeof zones)[number]) =>
    `<HostedZone><Id>/hostedzone/${zone.id}</Id><Name>${zone.name}.</Name><CallerReference>ref-${zone.id}</CallerReference>` +
    `<Config><PrivateZone>${zone.private}</PrivateZone></Config><ResourceRecordSetCount>2</ResourceRecordSetCount></HostedZone>`;

  async function mirror(name: string): Promise<void> {
    if (!options.challtestsrv) return;
    await mirrorTxt(options.challtestsrv.managementUrl, name, valuesAt(name));
  }

  function valuesAt(name: string): string[] {
    const set = sets.find((candidate) => candidate.name === name);
    return (set?.values ?? []).map((value) => [...value.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join(''));
  }

  const invalid = (message: string) => new ApiError(400, 'InvalidChangeBatch', message);

  async function applyChanges(zone: (typeof zones)[number], body: string): Promise<string> {
    const batch = parser.parse(body)?.ChangeResourceRecordSetsRequest?.ChangeBatch;
    const list = batch?.Changes?.Change as Array<{ Action: string; ResourceRecordSet: Record<string, any> }> | undefined;
    if (!list?.length) throw new ApiError(400, 'InvalidInput', 'Invalid XML ; cvc-complex-type.2.4.b: The content of element ChangeBatch is not complete.');
    for (const { Action: action, ResourceRecordSet: set } of list) {
      const name = bare(String(set.Name));
      if (set.Type !== 'TXT') throw invalid(`This double only holds TXT record sets, not ${set.Type}`);
      if (!(name === zone.name || name.endsWith(`.${zone.name}`))) throw invalid(`RRSet with DNS name ${name}. is not permitted in zone ${zone.name}.`);
      const values = (set.ResourceRecords?.ResourceRecord ?? []).map((record: { Value: string }) => String(record.Value));
      const ttl = Number(set.TTL);
      for (const value of values) {
        if (!/^("(?:[^"\\]|\\.){0,255}"\s*)+$/.test(value)) throw invalid(`Invalid Resource Record: FATAL problem: InvalidCharacterString (Value should be enclosed in quotation marks) encountered with '${value}'`);
      }
      if (!Number.isInteger(ttl) || ttl < 0) throw invalid('Invalid TTL');
      const index = sets.findIndex((candidate) => candidate.name === name);
      if (action === 'UPSERT') {
        if (values.length === 0) throw invalid('ResourceRecords must not be empty');
        if (index >= 0) sets[index] = { zoneId: zone.id, name, ttl, values };
        else sets.push({ zoneId: zone.id, name, ttl, values });
      } else if (action === 'CREATE') {
        if (index >= 0) throw invalid(`Tried to create resource record set [name='${name}.', type='TXT'] but it already exists`);
        sets.push({ zoneId: zone.id, name, ttl, values });
      } else if (action === 'DELETE') {
        if (index < 0) throw invalid(`Tried to delete resource record set [name='${name}.', type='TXT'] but it was not found`);
        const current = sets[index];
        if (current.ttl !== ttl || current.values.length !== values.length || current.values.some((value, i) => value !== values[i])) {
          throw invalid(`Tried to delete resource record set [name='${name}.', type='TXT'] but the values provided do not match the current values`);
        }
        sets.splice(index, 1);
      } else {
        throw new ApiError(400, 'InvalidInput', `Invalid XML ; Action ${action} is not one of CREATE, DELETE, UPSERT`);
      }
      await mirror(name);
    }
    const changeId = `C${randomBytes(10).toString('hex').toUpperCase()}`;
    changes.set(changeId, options.pendingPolls ?? 1);
    return changeId;
  }

  function listSets(zone: (typeof zones)[number], url: URL): string {
    const start = url.searchParams.get('name');
    const max = Number(url.searchParams.get('maxitems') ?? 300);
    const inZone = sets.filter((set) => set.zoneId === zone.id).sort((a, b) => (orderKey(a.name) < orderKey(b.name) ? -1 : 1));
    const from = start ? inZone.filter((set) => orderKey(set.name) >= orderKey(start)) : inZone;
    const page = from.slice(0, max);
    const xml = page
      .map(
        (set) =>
          `<ResourceRecordSet><Name>${set.name}.</Name><Type>TXT</Type><TTL>${set.ttl}</TTL><ResourceRecords>` +
          set.values.map((value) => `<ResourceRecord><Value>${escapeXml(value)}</Value></ResourceRecord>`).join('') +
          '</ResourceRecords></ResourceRecordSet>',
      )
      .join('');
    const next = from[max];
    return (
      `<ListResourceRecordSetsResponse xmlns="${XMLNS}"><ResourceRecordSets>${xml}</ResourceRecordSets>` +
      `<IsTruncated>${next !== undefined}</IsTruncated>${next ? `<NextRecordName>${next.name}.</NextRecordName><NextRecordType>TXT</NextRecordType>` : ''}` +
      `<MaxItems>${max}</MaxItems></ListResourceRecordSetsResponse>`
    );
  }

  const serialized = serializer();

  async function route(method: string, url: URL, body: string): Promise<[string, string]> {
    const path = url.pathname;
    let match: RegExpExecArray | null;
    if (method === 'GET' && path === '/2013-04-01/hostedzone') {
      const max = Number(url.searchParams.get('maxitems') ?? 100);
      const marker = url.searchParams.get('marker');
      const from = marker ? zones.findIndex((zone) => zone.id === marker) : 0;
      if (from < 0) throw new ApiError(400, 'InvalidInput', 'Invalid marker');
      const page = zones.slice(from, from + max);
      const next = zones[from + max];
      return [
        'ListHostedZones',
        `<ListHostedZonesResponse xmlns="${XMLNS}"><HostedZones>${page.map(zoneXml).join('')}</HostedZones>` +
          `<Marker>${marker ?? ''}</Marker><IsTruncated>${next !== undefined}</IsTruncated>${next ? `<NextMarker>${next.id}</NextMarker>` : ''}` +
          `<MaxItems>${max}</MaxItems></ListHostedZonesResponse>`,
      ];
    }
    if (method === 'GET' && (match = /^\/2013-04-01\/hostedzone\/([^/]+)$/.exec(path))) {
      const zone = zoneById(match[1]);
      return ['GetHostedZone', `<GetHostedZoneResponse xmlns="${XMLNS}">${zoneXml(zone)}<DelegationSet><NameServers><NameServer>ns-1.awsdns-01.org</NameServer></NameServers></DelegationSet></GetHostedZoneResponse>`];
    }
    if ((match = /^\/2013-04-01\/hostedzone\/([^/]+)\/rrset\/?$/.exec(path))) {
      const zone = zoneById(match[1]);
      if (method === 'GET') return ['ListResourceRecordSets', listSets(zone, url)];
      if (method === 'POST') {
        const changeId = await serialized(() => applyChanges(zone, body));
        return [
          'ChangeResourceRecordSets',
          `<ChangeResourceRecordSetsResponse xmlns="${XMLNS}"><ChangeInfo><Id>/change/${changeId}</Id><Status>PENDING</Status>` +
            `<SubmittedAt>${new Date().toISOString()}</SubmittedAt></ChangeInfo></ChangeResourceRecordSetsResponse>`,
        ];
      }
    }
    if (method === 'GET' && (match = /^\/2013-04-01\/change\/([^/]+)$/.exec(path))) {
      const left = changes.get(match[1]);
      if (left === undefined) throw new ApiError(404, 'NoSuchChange', `A change with the specified change ID does not exist.`);
      changes.set(match[1], Math.max(0, left - 1));
      return [
        'GetChange',
        `<GetChangeResponse xmlns="${XMLNS}"><ChangeInfo><Id>/change/${match[1]}</Id><Status>${left > 0 ? 'PENDING' : 'INSYNC'}</Status>` +
          `<SubmittedAt>${new Date().toISOString()}</SubmittedAt></ChangeInfo></GetChangeResponse>`,
      ];
    }
    throw new ApiError(404, 'UnknownOperationException', `Unknown operation ${method} ${path}`);
  }

  async function handle(req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double');
    const requestId = randomBytes(16).toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
    let entry: Route53Server['requests'][number] | undefined;
    try {
      verifySignature(req, url, body);
      entry = { action: `${req.method} ${url.pathname}`, body: body.toString('utf8') || undefined };
      requests.push(entry);
      if (throttled > 0) {
        throttled--;
        throw new ApiError(400, 'Throttling', 'Rate exceeded');
      }
      const [action, xml] = await route(req.method ?? 'GET', url, body.toString('utf8'));
      entry.action = action;
      res.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
      res.end(`<?xml version="1.0"?>\n${xml}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (entry) entry.code = error.code;
      res.writeHead(error.status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
      res.end(
        `<?xml version="1.0"?>\n<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>${error.code}</Code>` +
          `<Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
      );
    }
  }

  const api = await startLoopbackApi(handle);
  return {
    endpoint: `${api.origin}`,
    recordSets: () => sets.map((set) => ({ ...set, values: [...set.values] })),
    zoneId: (name) => zones.find((zone) => zone.name === bare(name))!.id,
    txtValues: (fqdn) => valuesAt(bare(fqdn)),
    requests,
    throttleNext(times) {
      throttled = times;
    },
    async addValue(zoneName, fqdn, value) {
      const zone = zones.find((candidate) => candidate.name === zoneName)!;
      await serialized(async () => {
        const name = bare(fqdn);
        const set = sets.find((candidate) => candidate.name === name);
        if (set) set.values.push(`"${value}"`);
        else sets.push({ zoneId: zone.id, name, ttl: 300, values: [`"${value}"`] });
        await mirror(name);
      });
    },
    stop: api.stop,
  };
}
