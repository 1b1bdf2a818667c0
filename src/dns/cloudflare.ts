// Cloudflare API v4 as a DnsProvider: one DNS record per TXT value, deleted by its id. Zones are
// listed with the zone token when one is given (lego's CF_ZONE_API_TOKEN), records changed with the
// DNS token.
import type { Log } from '../util/log.js';
import type { DnsProvider, TxtRecord } from './provider.js';
import { DnsApiError, apiCaller, parseJson, send, type RetryTuning } from './provider-http.js';
import { cloudflare } from './providers/cloudflare.js';
import { variableNames } from './providers/definition.js';
import { ZoneIds } from './zone-ids.js';

export interface CloudflareOptions {
  /** API base, e.g. https://api.cloudflare.com/client/v4. */
  endpoint: string;
  dnsToken: string;
  zoneToken?: string;
  log: Log;
  retry?: RetryTuning;
}

interface Envelope<T> {
  success: boolean;
  errors: Array<{ code: number; message: string }>;
  result: T;
  result_info?: { page: number; total_pages: number };
}

const NAME = 'Cloudflare';
const PAGE_SIZE = 50;
// Cloudflare's floor for TTLs other than 1 ("automatic").
const MIN_TTL = 60;
const DUPLICATE = '81058';
const RECORD_GONE = '81044';
const DNS_TOKEN = variableNames(cloudflare.variables.dnsToken);
const ZONE_TOKEN = variableNames(cloudflare.variables.zoneToken);

export function createCloudflareProvider(options: CloudflareOptions): DnsProvider {
  const call = apiCaller({ log: options.log, retry: options.retry, isThrottled: (error) => error.httpStatus === 429 });
  const zoneIds = new ZoneIds(NAME, listZones);

  async function request<T>(action: string, method: string, path: string, token: 'dns' | 'zone', body?: object): Promise<Envelope<T>> {
    const bearer = token === 'zone' ? (options.zoneToken ?? options.dnsToken) : options.dnsToken;
    const tokenVariables = token === 'zone' && options.zoneToken ? ZONE_TOKEN : DNS_TOKEN;
    return call(async () => {
      const answer = await send(NAME, action, `${options.endpoint}${path}`, {
        method,
        headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const envelope = parseJson<Envelope<T>>(NAME, action, answer, 'cloudflare-endpoint');
      if (answer.status < 300 && envelope.success) return envelope;
      const [first] = envelope.errors ?? [];
      const code = String(first?.code ?? answer.status);
      const facts = { action, code, requestId: answer.headers.get('cf-ray') ?? undefined, httpStatus: answer.status };
      throw new DnsApiError(NAME, facts, explain(answer.status, code, tokenVariables, action) ?? first?.message ?? `HTTP ${answer.status}`);
    });
  }

  async function listZones(): Promise<string[]> {
    const zones: string[] = [];
    for (let page = 1; ; page++) {
      const { result, result_info } = await request<Array<{ id: string; name: string }>>(
        'list zones',
        'GET',
        `/zones?page=${page}&per_page=${PAGE_SIZE}`,
        'zone',
      );
      zones.push(...result.map((zone) => zoneIds.remember(zone.name, zone.id)));
      if (!result_info || page >= result_info.total_pages || result.length === 0) return zones;
    }
  }

  async function findRecordId(zoneIdentifier: string, fqdn: string, value: string): Promise<string | undefined> {
    const query = new URLSearchParams({ type: 'TXT', name: fqdn, per_page: '100' });
    const { result } = await request<Array<{ id: string; content: string }>>('list records', 'GET', `/zones/${zoneIdentifier}/dns_records?${query}`, 'dns');
    return result.find((record) => unquote(record.content) === value)?.id;
  }

  return {
    name: NAME,
    listZones,

    async appendTxt(zone, fqdn, value, ttl): Promise<TxtRecord | undefined> {
      const id = await zoneIds.of(zone);
      try {
        const { result } = await request<{ id: string }>('create record', 'POST', `/zones/${id}/dns_records`, 'dns', {
          type: 'TXT',
          name: fqdn,
          content: value,
          ttl: Math.max(ttl, MIN_TTL),
        });
        return { zone, fqdn, value, id: result.id };
      } catch (error) {
        if (!(error instanceof DnsApiError) || error.code !== DUPLICATE) throw error;
        // A try whose answer was lost may have added the record itself; then it is ours to delete.
        if (!error.earlierTryMayHaveWorked) return undefined;
        const found = await findRecordId(id, fqdn, value);
        return found === undefined ? undefined : { zone, fqdn, value, id: found };
      }
    },

    async findTxt(zone, fqdn, value) {
      const found = await findRecordId(await zoneIds.of(zone), fqdn, value);
      return found === undefined ? undefined : { zone, fqdn, value, id: found };
    },

    async deleteTxt(record) {
      const id = await zoneIds.of(record.zone);
      try {
        await request('delete record', 'DELETE', `/zones/${id}/dns_records/${record.id}`, 'dns');
      } catch (error) {
        if (error instanceof DnsApiError && error.code === RECORD_GONE) return;
        throw error;
      }
    },
  };
}

/** Cloudflare may return TXT content in the quoted zone-file form. */
function unquote(content: string): string {
  return /^".*"$/.test(content) ? content.slice(1, -1) : content;
}

function explain(status: number, code: string, tokenVariables: string, action: string): string | undefined {
  if (code === '9109' || code === '6003' || code === '6111') {
    return `the API token in ${tokenVariables} is not valid; create a new token and store it again`;
  }
  if (status === 403 || code === '10000') {
    const scope = action === 'list zones' ? 'Zone:Zone:Read' : 'Zone:DNS:Edit';
    return `the API token in ${tokenVariables} may not ${action}; give it ${scope} on the zone${action === 'list zones' ? `, or set ${ZONE_TOKEN} to a token that has it` : ''}`;
  }
  return undefined;
}
