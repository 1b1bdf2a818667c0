// A stand-in for the AliDNS OpenAPI (RPC style, version 2015-01-09) on 127.0.0.1 that the real
// @alicloud/pop-core talks to unmodified. It checks requests as strictly as the real gateway (V1
// signature, timestamp window, nonce replay, STS token) so a client bug fails here, not in production,
// and it answers with the real response shapes, error codes and HTTP statuses. Optionally it mirrors
// TXT records into DNS servers (pebble-challtestsrv, real authoritative servers) so DNS queries see
// what the API holds, as the real service publishes its records on its name servers.
import { randomUUID } from 'node:crypto';
import { domainToASCII, domainToUnicode } from 'node:url';
import { ApiError, invalid, missing, paging, startRpcDouble, type RpcDouble, type RpcDoubleCredentials, type RpcRequest } from './rpc-double.js';

export interface AliDnsServerOptions extends RpcDoubleCredentials {
  /** Hosted zones, ASCII or Unicode; stored like the API does: DomainName Unicode, PunyCode ASCII. */
  zones: string[];
  /** Mirrors TXT records into this pebble-challtestsrv. */
  challtestsrv?: { managementUrl: string };
  /** More places TXT records are published to, e.g. authoritative servers (test/support/authoritative-dns.ts). */
  txtMirrors?: readonly TxtMirror[];
  /** How long an added TXT record takes to reach the DNS servers (the real service takes seconds). */
  propagationDelayMs?: number;
}

/** A DNS server that publishes what the API holds: told the whole TXT set of a name after each change. */
export interface TxtMirror {
  setTxt(fqdn: string, values: readonly string[], ttl?: number): Promise<void>;
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

export type AliDnsRequest = RpcRequest;

export interface AliDnsServer extends RpcDouble {
  records(): AliDnsRecord[];
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

const VERSION = '2015-01-09';
const HOST_ID = 'alidns.aliyuncs.com';

const notAZone = () =>
  new ApiError(400, 'InvalidDomainName.NoExist', 'The specified domain name does not exist. Refresh the page and try again.');

export async function startAliDnsServer(options: AliDnsServerOptions): Promise<AliDnsServer> {
  const now = options.now ?? Date.now;
  // One clock reading: creation times must be distinct, or the newest-first order is a tie.
  const created = now();
  const zones = options.zones.map((name, index) => toZone(name, created - index));
  const stored: StoredRecord[] = [];
  let nextRecordId = 1_000_000_000_000_000_001n;
  let exclusive = Promise.resolve();
  const timers = new Set<NodeJS.Timeout>();
  /** TXT records DNS serves already (those still within their propagation delay are not). */
  const published = new WeakSet<StoredRecord>();

  /** Runs record changes and their mirroring one at a time, so the DNS servers always match the API. */
  function serialized<T>(change: () => Promise<T>): Promise<T> {
    const run = exclusive.then(change);
    exclusive = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
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

  const mirrors = [...(options.challtestsrv ? [challTestSrvMirror(options.challtestsrv.managementUrl)] : []), ...(options.txtMirrors ?? [])];

  /** Publishes the TXT set of `record`'s name as it now is. */
  async function mirror(record: StoredRecord): Promise<void> {
    const fqdn = fqdnOf(record);
    const values = stored.filter((other) => published.has(other) && fqdnOf(other) === fqdn).map((other) => other.Value);
    await Promise.all(mirrors.map((target) => target.setTxt(fqdn, values, record.TTL)));
  }

  /** Publishes a new TXT record once the propagation delay is over, unless it was deleted meanwhile. */
  function publishLater(record: StoredRecord): Promise<void> | void {
    const publish = () => {
      published.add(record);
      return mirror(record);
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
        if (record.Type === 'TXT') await mirror(record);
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

  const double = await startRpcDouble({ ...options, version: VERSION, hostId: HOST_ID, product: 'Alidns', actions });

  return {
    ...double,
    stop: () => {
      for (const timer of timers) clearTimeout(timer);
      return double.stop();
    },
    records: () =>
      stored.map(({ RecordId, DomainName, RR, Type, Value, TTL }) => ({ RecordId, DomainName, RR, Type, Value, TTL })),
  };
}

function challTestSrvMirror(managementUrl: string): TxtMirror {
  const post = async (path: 'set-txt' | 'clear-txt', body: { host: string; value?: string }) => {
    const url = `${managementUrl}/${path}`;
    const response = await fetch(url, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  };
  // set-txt appends and clear-txt drops every value of the name: a set this mirror wrote before and
  // that only grew gets its new values appended, any other is written again whole.
  const served = new Map<string, readonly string[]>();
  return {
    async setTxt(fqdn, values) {
      const before = served.get(fqdn);
      served.set(fqdn, [...values]);
      const grown = before !== undefined && before.every((value) => values.includes(value));
      if (!grown) await post('clear-txt', { host: `${fqdn}.` });
      for (const value of values) if (!grown || !before.includes(value)) await post('set-txt', { host: `${fqdn}.`, value });
    },
  };
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
