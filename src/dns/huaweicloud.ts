// Huawei Cloud DNS (v2) as a record-set DnsProvider (create, update, or delete with the last value).
// Requests are signed by the official SDK core's AK/SK signer; the SDK's client is not used (it
// would pull the whole DNS model).
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import type { Log } from '../util/log.js';
import type { DnsProvider } from './provider.js';
import { DnsApiError, apiCaller, parseJson, send, type RetryTuning } from './provider-http.js';
import { variableNames } from './providers/definition.js';
import { huaweicloud } from './providers/huaweicloud.js';
import { recordSetProvider, type TxtSet } from './record-sets.js';
import { ZoneIds } from './zone-ids.js';
import { toAsciiName } from './zones.js';

export interface HuaweiCloudOptions {
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string; securityToken?: string };
  log: Log;
  retry?: RetryTuning;
}

interface RecordSet {
  id: string;
  name: string;
  type: string;
  ttl: number;
  records: string[];
}

const NAME = 'Huawei Cloud DNS';
const PAGE_SIZE = 500;
const SET_GONE = 'DNS.0313';
const AK = variableNames(huaweicloud.variables.accessKeyId);
const SK = variableNames(huaweicloud.variables.secretAccessKey);

export function createHuaweiCloudProvider(options: HuaweiCloudOptions): DnsProvider {
  const call = apiCaller({ log: options.log, retry: options.retry, isThrottled: (error) => error.code === 'APIGW.0308' || error.httpStatus === 429 });
  const { accessKeyId, secretAccessKey, securityToken } = options.credentials;
  // The signer reads only the AK and SK; the SDK's credential classes would also pull its IAM client.
  const credential = { getAk: () => accessKeyId, getSk: () => secretAccessKey } as unknown as Parameters<typeof AKSKSigner.sign>[1];
  const zoneIds = new ZoneIds(NAME, listZones);

  async function request<T>(action: string, method: string, path: string, query: Record<string, string> = {}, data?: object): Promise<T> {
    return call(async () => {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        ...(securityToken ? { 'X-Security-Token': securityToken } : {}),
      };
      const signed = AKSKSigner.sign({ method, endpoint: `${options.endpoint}${path}`, queryParams: query, headers, data }, credential) as Record<string, string>;
      const { host: _host, ...sendHeaders } = signed;
      const search = new URLSearchParams(query).toString();
      const answer = await send(NAME, action, `${options.endpoint}${path}${search ? `?${search}` : ''}`, {
        method,
        headers: sendHeaders,
        // The signer hashed JSON.stringify(data): send exactly that.
        body: data ? JSON.stringify(data) : undefined,
      });
      const parsed = answer.text ? parseJson<Record<string, unknown>>(NAME, action, answer, 'huaweicloud-endpoint') : {};
      if (answer.status < 300) return parsed as T;
      const code = String(parsed.code ?? parsed.error_code ?? `HTTP${answer.status}`);
      const message = String(parsed.message ?? parsed.error_msg ?? `HTTP ${answer.status}`);
      const facts = { action, code, requestId: answer.headers.get('x-request-id') ?? (parsed.request_id as string | undefined), httpStatus: answer.status };
      throw new DnsApiError(NAME, facts, explain(code, message, action) ?? message);
    });
  }

  async function listZones(): Promise<string[]> {
    const zones: string[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await request<{ zones: Array<{ id: string; name: string }>; metadata: { total_count: number } }>('ListPublicZones', 'GET', '/v2/zones', {
        type: 'public',
        limit: String(PAGE_SIZE),
        offset: String(offset),
      });
      zones.push(...page.zones.map((zone) => zoneIds.remember(zone.name, zone.id)));
      if (page.zones.length === 0 || zones.length >= page.metadata.total_count) return zones;
    }
  }

  async function read(zone: string, fqdn: string): Promise<TxtSet<RecordSet & { zoneId: string }> | undefined> {
    const zoneId = await zoneIds.of(zone);
    const { recordsets } = await request<{ recordsets: RecordSet[] }>('ListRecordSetsByZone', 'GET', `/v2/zones/${zoneId}/recordsets`, {
      name: `${fqdn}.`,
      type: 'TXT',
      search_mode: 'equal',
    });
    // The name filter matches loosely on some API versions: keep the exact name only.
    const set = recordsets.find((candidate) => candidate.type === 'TXT' && toAsciiName(candidate.name) === fqdn);
    return set && { values: set.records.map(unquote), ttl: set.ttl, current: { ...set, zoneId } };
  }

  return recordSetProvider({
    name: NAME,
    listZones,
    read,
    async write(zone, fqdn, values, ttl, existing) {
      const records = values.map((value) => `"${value}"`);
      if (existing) {
        const { zoneId, id } = existing.current;
        await request('UpdateRecordSet', 'PUT', `/v2/zones/${zoneId}/recordsets/${id}`, {}, { records, ttl });
      } else {
        await request('CreateRecordSet', 'POST', `/v2/zones/${await zoneIds.of(zone)}/recordsets`, {}, { name: `${fqdn}.`, type: 'TXT', ttl, records, description: 'ACME DNS-01 challenge' });
      }
    },
    async remove(_zone, _fqdn, { current: { zoneId, id } }) {
      try {
        await request('DeleteRecordSet', 'DELETE', `/v2/zones/${zoneId}/recordsets/${id}`);
      } catch (error) {
        if (error instanceof DnsApiError && error.code === SET_GONE) return;
        throw error;
      }
    },
  });
}

function unquote(raw: string): string {
  return /^".*"$/.test(raw) ? raw.slice(1, -1) : raw;
}

function explain(code: string, message: string, action: string): string | undefined {
  if (code === 'APIGW.0301' && /not exist/i.test(message)) return `the access key (${AK}) does not exist`;
  if (code === 'APIGW.0301') return `the secret access key (${SK}) does not match the access key (${AK}), or the runner's clock is off`;
  if (code === 'APIGW.0302' || code === 'APIGW.0303' || code === 'APIGW.0306' || code === 'DNS.0030') {
    return `the IAM user of ${AK} may not call dns:${action}; see the README for the least policy`;
  }
  return undefined;
}
