// AWS Route 53 as a record-set DnsProvider (UPSERT of the set, DELETE with its last value). A change
// counts once Route 53 reports it INSYNC on all its servers.
import { setTimeout as sleep } from 'node:timers/promises';
import aws4 from 'aws4';
import { XMLParser } from 'fast-xml-parser';
import type { Log } from '../util/log.js';
import type { DnsProvider } from './provider.js';
import { DnsApiError, apiCaller, send, type RetryTuning } from './provider-http.js';
import { variableNames } from './providers/definition.js';
import { recordSetProvider, type TxtSet } from './record-sets.js';
import { route53 } from './providers/route53.js';
import { ZoneIds } from './zone-ids.js';
import { toAsciiName } from './zones.js';

export interface Route53Options {
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region?: string;
  hostedZoneId?: string;
  log: Log;
  retry?: RetryTuning;
  /** How long to poll GetChange for INSYNC, and how often at most. */
  insync?: { timeoutMs: number; maxDelayMs: number };
}

interface RecordSet {
  Name: string;
  Type: string;
  TTL?: number;
  ResourceRecords?: { ResourceRecord: Array<{ Value: string }> };
}

const NAME = 'Route 53';
const API = '/2013-04-01';
const XMLNS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const INSYNC_DEFAULTS = { timeoutMs: 5 * 60_000, maxDelayMs: 5000 };
const ARRAYS = new Set(['HostedZone', 'ResourceRecordSet', 'ResourceRecord', 'Change']);
const parser = new XMLParser({ isArray: (name) => ARRAYS.has(name), parseTagValue: false });
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'PriorRequestNotComplete', 'RequestLimitExceeded']);
const KEY_ID = variableNames(route53.variables.accessKeyId);
const SECRET = variableNames(route53.variables.secretAccessKey);
const TOKEN = variableNames(route53.variables.sessionToken);

export function createRoute53Provider(options: Route53Options): DnsProvider {
  const call = apiCaller({ log: options.log, retry: options.retry, isThrottled: (error) => THROTTLED.has(error.code) });
  const insync = { ...INSYNC_DEFAULTS, ...options.insync };
  // Route 53 is global; only the China partition signs for its own region.
  const region = options.region?.startsWith('cn-') ? 'cn-northwest-1' : 'us-east-1';
  const origin = new URL(options.endpoint);
  const zoneIds = new ZoneIds(NAME, listZones);

  async function request(action: string, method: string, path: string, body?: string): Promise<Record<string, any>> {
    return call(async () => {
      const signed = aws4.sign(
        { host: origin.host, path, method, service: 'route53', region, body, headers: body ? { 'Content-Type': 'application/xml' } : {} },
        options.credentials,
      );
      const { Host: _host, 'Content-Length': _length, ...headers } = signed.headers as Record<string, string>;
      const answer = await send(NAME, action, `${origin.origin}${path}`, { method, headers, body });
      const parsed = parseXml(answer.text);
      if (parsed === undefined) {
        const facts = { action, code: 'InvalidResponse', requestId: undefined, httpStatus: answer.status };
        throw new DnsApiError(NAME, facts, `the endpoint answered HTTP ${answer.status} with something other than XML; check route53-endpoint`);
      }
      if (answer.status < 300) return parsed;
      const error = parsed.ErrorResponse?.Error ?? parsed.InvalidChangeBatch ?? {};
      const code = String(error.Code ?? (parsed.InvalidChangeBatch ? 'InvalidChangeBatch' : `HTTP${answer.status}`));
      const message = String(error.Message ?? parsed.InvalidChangeBatch?.Messages?.Message ?? '');
      const facts = { action, code, requestId: answer.headers.get('x-amzn-requestid') ?? undefined, httpStatus: answer.status };
      throw new DnsApiError(NAME, facts, explain(code, action) ?? (message || `HTTP ${answer.status}`));
    });
  }

  async function listZones(): Promise<string[]> {
    if (options.hostedZoneId) {
      const id = options.hostedZoneId.replace(/^\/?hostedzone\//, '');
      const zone = (await request('GetHostedZone', 'GET', `${API}/hostedzone/${id}`)).GetHostedZoneResponse.HostedZone[0];
      return [zoneIds.remember(zone.Name, id)];
    }
    const zones: string[] = [];
    for (let marker: string | undefined; ; ) {
      const query = new URLSearchParams({ maxitems: '100', ...(marker ? { marker } : {}) });
      const page = (await request('ListHostedZones', 'GET', `${API}/hostedzone?${query}`)).ListHostedZonesResponse;
      for (const zone of page.HostedZones?.HostedZone ?? []) {
        // A private zone of the same name answers only inside a VPC; the CA asks the public one.
        if (String(zone.Config?.PrivateZone) === 'true') continue;
        zones.push(zoneIds.remember(zone.Name, String(zone.Id).replace(/^\/hostedzone\//, '')));
      }
      if (page.IsTruncated !== 'true') return zones;
      marker = page.NextMarker;
    }
  }

  /** The TXT record set at `fqdn`; none when there is no set. */
  async function read(zone: string, fqdn: string): Promise<TxtSet<string> | undefined> {
    const id = await zoneIds.of(zone);
    const query = new URLSearchParams({ name: `${fqdn}.`, type: 'TXT', maxitems: '1' });
    const response = (await request('ListResourceRecordSets', 'GET', `${API}/hostedzone/${id}/rrset?${query}`)).ListResourceRecordSetsResponse;
    const set = (response.ResourceRecordSets?.ResourceRecordSet as RecordSet[] | undefined)?.[0];
    // The listing starts at the name asked for and goes on with the next names.
    if (!set || set.Type !== 'TXT' || toAsciiName(set.Name) !== fqdn) return undefined;
    return { values: (set.ResourceRecords?.ResourceRecord ?? []).map((record) => unquote(record.Value)), ttl: Number(set.TTL), current: id };
  }

  async function change(zone: string, action: 'UPSERT' | 'DELETE', fqdn: string, values: string[], ttl: number): Promise<void> {
    const id = await zoneIds.of(zone);
    const records = values.map((value) => `<ResourceRecord><Value>${escapeXml(`"${value}"`)}</Value></ResourceRecord>`).join('');
    const body =
      `<?xml version="1.0" encoding="UTF-8"?><ChangeResourceRecordSetsRequest xmlns="${XMLNS}"><ChangeBatch>` +
      `<Comment>ACME DNS-01 challenge</Comment><Changes><Change><Action>${action}</Action><ResourceRecordSet>` +
      `<Name>${fqdn}.</Name><Type>TXT</Type><TTL>${ttl}</TTL><ResourceRecords>${records}</ResourceRecords>` +
      `</ResourceRecordSet></Change></Changes></ChangeBatch></ChangeResourceRecordSetsRequest>`;
    const response = await request('ChangeResourceRecordSets', 'POST', `${API}/hostedzone/${id}/rrset/`, body);
    await waitInSync(String(response.ChangeResourceRecordSetsResponse.ChangeInfo.Id).replace(/^\/change\//, ''));
  }

  async function waitInSync(changeId: string): Promise<void> {
    const deadline = Date.now() + insync.timeoutMs;
    for (let delay = Math.min(250, insync.maxDelayMs); ; delay = Math.min(delay * 2, insync.maxDelayMs)) {
      const info = (await request('GetChange', 'GET', `${API}/change/${changeId}`)).GetChangeResponse.ChangeInfo;
      if (info.Status === 'INSYNC') return;
      if (Date.now() + delay > deadline) {
        throw new Error(`Route 53 change ${changeId} is still ${info.Status} after ${Math.round(insync.timeoutMs / 1000)} s`);
      }
      await sleep(delay);
    }
  }

  return recordSetProvider({
    name: NAME,
    listZones,
    read,
    write: (zone, fqdn, values, ttl) => change(zone, 'UPSERT', fqdn, values, ttl),
    // A DELETE must name the set exactly as it is.
    remove: (zone, fqdn, existing) => change(zone, 'DELETE', fqdn, existing.values, existing.ttl),
  });
}

// Route 53's answers are plain XML documents whose shape the callers know; typing each is not worth it.
function parseXml(text: string): Record<string, any> | undefined {
  if (text === '') return {};
  try {
    const parsed = parser.parse(text, true) as Record<string, unknown>;
    return Object.keys(parsed).some((key) => key !== '?xml') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A TXT value as Route 53 returns it: one or more quoted strings, with \" and \\ escapes. */
function unquote(raw: string): string {
  const strings = [...raw.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1].replace(/\\(.)/g, '$1'));
  return strings.length > 0 ? strings.join('') : raw;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function explain(code: string, action: string): string | undefined {
  if (code === 'SignatureDoesNotMatch') {
    return `the secret access key (${SECRET}) does not match the access key ID (${KEY_ID}), or the runner's clock is off`;
  }
  if (code === 'InvalidClientTokenId' || code === 'UnrecognizedClientException') {
    return `the access key ID (${KEY_ID}) or session token (${TOKEN}) is not valid`;
  }
  if (code === 'ExpiredToken') return `the session token (${TOKEN}) has expired; issue fresh temporary credentials`;
  if (code === 'AccessDenied' || code === 'AccessDeniedException') {
    return `the IAM identity of ${KEY_ID} may not call route53:${action}; see the README for the least policy`;
  }
  return undefined;
}
