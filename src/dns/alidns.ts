// AliDNS (Alibaba Cloud DNS, OpenAPI 2015-01-09) as a DnsProvider, through the shared RPC client.
import { AliCloudError, createRpcCall, type RetryTuning } from '../alicloud/rpc-client.js';
import type { AliCloudCredentials } from '../alicloud/credentials.js';
import type { Log } from '../util/log.js';
import type { DnsProvider } from './provider.js';

export interface AliDnsOptions {
  /** API origin, e.g. https://alidns.aliyuncs.com. */
  endpoint: string;
  credentials: AliCloudCredentials;
  log: Log;
  /** Overrides the bounded backoff for transient failures (tests make it fast). */
  retry?: RetryTuning;
}

const API_VERSION = '2015-01-09';
const PAGE_SIZE = 100;

interface DescribeDomainsResponse {
  TotalCount: number;
  Domains: { Domain: Array<{ DomainName: string; PunyCode?: string }> };
}

interface SubDomainRecordsResponse {
  DomainRecords: { Record: Array<{ RecordId: string; Type: string; Value: string }> };
}

export function createAliDnsProvider(options: AliDnsOptions): DnsProvider {
  const call = createRpcCall({
    service: 'AliDNS',
    endpoint: options.endpoint,
    endpointInput: 'alidns-endpoint',
    apiVersion: API_VERSION,
    credentials: options.credentials,
    log: options.log,
    retry: options.retry,
    ramAdvice: (action) =>
      `may not call alidns:${action}; grant it AliyunDNSFullAccess or a policy allowing alidns:DescribeDomains, alidns:AddDomainRecord, alidns:DescribeSubDomainRecords and alidns:DeleteDomainRecord`,
    explain: (_action, code) =>
      code === 'QuotaExceeded.TTL'
        ? 'the TTL is below the minimum of this AliDNS edition (600 s on the free edition); set dns-ttl to 600 or more'
        : undefined,
  });

  async function findTxt(zone: string, rr: string, value: string): Promise<string | undefined> {
    const response = await call<SubDomainRecordsResponse>('DescribeSubDomainRecords', {
      DomainName: zone,
      SubDomain: rr === '@' ? zone : `${rr}.${zone}`,
      Type: 'TXT',
      PageSize: 500,
    });
    const found = response.DomainRecords.Record.find((record) => record.Value === value)?.RecordId;
    return found === undefined ? undefined : String(found);
  }

  return {
    name: 'AliDNS',

    async listZones() {
      const zones: string[] = [];
      for (let page = 1; ; page++) {
        const response = await call<DescribeDomainsResponse>('DescribeDomains', { PageNumber: page, PageSize: PAGE_SIZE });
        const domains = response.Domains.Domain;
        zones.push(...domains.map((domain) => (domain.PunyCode || domain.DomainName).toLowerCase().replace(/\.$/, '')));
        if (domains.length === 0 || zones.length >= Number(response.TotalCount)) return zones;
      }
    },

    async appendTxt(zone, rr, value, ttl) {
      try {
        const response = await call<{ RecordId: string }>('AddDomainRecord', {
          DomainName: zone,
          RR: rr,
          Type: 'TXT',
          Value: value,
          TTL: ttl,
        });
        return String(response.RecordId);
      } catch (error) {
        if (!(error instanceof AliCloudError) || error.code !== 'DomainRecordDuplicate') throw error;
        // A try whose answer was lost may have added the record itself; then it is ours to delete.
        if (error.earlierTryMayHaveWorked) return findTxt(zone, rr, value);
        return undefined;
      }
    },

    findTxt,

    async deleteRecord(_zone, recordId) {
      try {
        await call('DeleteDomainRecord', { RecordId: recordId });
      } catch (error) {
        // A try whose answer was lost may have deleted it already.
        if (error instanceof AliCloudError && error.code === 'DomainRecordNotBelongToUser' && error.earlierTryMayHaveWorked) return;
        throw error;
      }
    },
  };
}
