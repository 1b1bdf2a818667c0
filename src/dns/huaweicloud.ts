// Huawei Cloud DNS (v2) as a DnsProvider. A name's TXT values form one record set, so a value is
// added or removed by rewriting the set (create, update, or delete with the last value), as lego
// does; the solver never changes one name twice at once. Requests are signed by the official SDK
// core's AK/SK signer; the SDK's client is not used (it would pull the whole DNS model).
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import type { Log } from '../util/log.js';
import type { DnsProvider, TxtRecord } from './provider.js';
import { DnsApiError, apiCaller, parseJson, send, type RetryTuning } from './provider-http.js';
import { variableNames } from './providers/definition.js';
import { huaweicloud } from './providers/huaweicloud.js';
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
  const zoneIds = new Map<string, string>();

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
      for (const zone of page.zones) {
        zoneIds.set(toAsciiName(zone.name), zone.id);
        zones.push(toAsciiName(zone.name));
      }
      if (page.zones.length === 0 || zones.length >= page.metadata.total_count) return zones;
    }
  }

  async function zoneId(zone: string): Promise<string> {
    if (!zoneIds.has(zone)) await listZones();
    const id = zoneIds.get(zone);
    if (id === undefined) throw new Error(`Huawei Cloud DNS has no public zone ${zone} these credentials can see`);
    return id;
  }

  async function readSet(id: string, fqdn: string): Promise<RecordSet | undefined> {
    const { recordsets } = await request<{ recordsets: RecordSet[] }>('ListRecordSetsByZone', 'GET', `/v2/zones/${id}/recordsets`, {
      name: `${fqdn}.`,
      type: 'TXT',
      search_mode: 'equal',
    });
    // The name filter matches loosely on some API versions: keep the exact name only.
    return recordsets.find((set) => set.type === 'TXT' && toAsciiName(set.name) === fqdn);
  }

  return {
    name: NAME,
    listZones,

    async appendTxt(zone, fqdn, value, ttl): Promise<TxtRecord | undefined> {
      const id = await zoneId(zone);
      const set = await readSet(id, fqdn);
      const values = (set?.records ?? []).map(unquote);
      if (values.includes(value)) return undefined;
      const records = [...(set?.records ?? []), `"${value}"`];
      if (set) await request('UpdateRecordSet', 'PUT', `/v2/zones/${id}/recordsets/${set.id}`, {}, { records, ttl: set.ttl });
      else await request('CreateRecordSet', 'POST', `/v2/zones/${id}/recordsets`, {}, { name: `${fqdn}.`, type: 'TXT', ttl, records, description: 'ACME DNS-01 challenge' });
      return { zone, fqdn, value };
    },

    async deleteTxt(record) {
      const id = await zoneId(record.zone);
      const set = await readSet(id, record.fqdn);
      if (!set?.records.some((quoted) => unquote(quoted) === record.value)) return;
      const rest = set.records.filter((quoted) => unquote(quoted) !== record.value);
      try {
        if (rest.length === 0) await request('DeleteRecordSet', 'DELETE', `/v2/zones/${id}/recordsets/${set.id}`);
        else await request('UpdateRecordSet', 'PUT', `/v2/zones/${id}/recordsets/${set.id}`, {}, { records: rest, ttl: set.ttl });
      } catch (error) {
        if (error instanceof DnsApiError && error.code === SET_GONE) return;
        throw error;
      }
    },
  };
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
