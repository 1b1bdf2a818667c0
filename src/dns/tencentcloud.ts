// Tencent Cloud DNSPod (API 3.0) as a DnsProvider: one record per TXT value, deleted by its id.
// Requests are signed by the official SDK's TC3-HMAC-SHA256 signer; the SDK's client is not used
// because it derives the signing service from the endpoint's host name, which would break a
// private endpoint whose name does not start with "dnspod.".
import signer from 'tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js';
import type { Log } from '../util/log.js';
import type { DnsProvider, TxtRecord } from './provider.js';
import { DnsApiError, apiCaller, parseJson, send, type RetryTuning } from './provider-http.js';
import { variableNames } from './providers/definition.js';
import { tencentcloud } from './providers/tencentcloud.js';
import { relativeName, toAsciiName } from './zones.js';

export interface TencentCloudOptions {
  endpoint: string;
  credentials: { secretId: string; secretKey: string; sessionToken?: string };
  log: Log;
  retry?: RetryTuning;
}

interface ApiResponse<T> {
  Response: T & { RequestId: string; Error?: { Code: string; Message: string } };
}

// A CommonJS module whose `exports.default` is the signer class.
const Sign = signer.default;
const NAME = 'DNSPod';
const SERVICE = 'dnspod';
const VERSION = '2021-03-23';
const PAGE_SIZE = 100;
// The default line: every resolver sees it. The API takes the Chinese name on both sites.
const DEFAULT_LINE = '默认';
const ID = variableNames(tencentcloud.variables.secretId);
const KEY = variableNames(tencentcloud.variables.secretKey);
const TOKEN = variableNames(tencentcloud.variables.sessionToken);

export function createTencentCloudProvider(options: TencentCloudOptions): DnsProvider {
  const call = apiCaller({ log: options.log, retry: options.retry, isThrottled: (error) => error.code.startsWith('RequestLimitExceeded') });
  const { secretId, secretKey, sessionToken } = options.credentials;

  async function request<T>(action: string, params: object): Promise<T & { RequestId: string }> {
    return call(async () => {
      const body = JSON.stringify(params);
      const timestamp = Math.floor(Date.now() / 1000);
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-TC-Action': action,
        'X-TC-Version': VERSION,
        'X-TC-Timestamp': String(timestamp),
        ...(sessionToken ? { 'X-TC-Token': sessionToken } : {}),
      };
      const authorization = Sign.sign3({
        method: 'POST',
        url: `${options.endpoint}/`,
        payload: Buffer.from(body),
        timestamp,
        service: SERVICE,
        secretId,
        secretKey,
        multipart: false,
        boundary: '',
        headers,
      });
      const answer = await send(NAME, action, `${options.endpoint}/`, { method: 'POST', headers: { ...headers, Authorization: authorization }, body });
      const { Response: response } = parseJson<ApiResponse<T>>(NAME, action, answer, 'tencentcloud-endpoint');
      if (!response?.Error && answer.status < 300) return response;
      const code = response?.Error?.Code ?? `HTTP${answer.status}`;
      const facts = { action, code, requestId: response?.RequestId, httpStatus: answer.status };
      throw new DnsApiError(NAME, facts, explain(code, action) ?? redact(response?.Error?.Message ?? `HTTP ${answer.status}`, [secretKey, sessionToken]));
    });
  }

  async function findRecordId(zone: string, fqdn: string, value: string): Promise<number | undefined> {
    try {
      const { RecordList } = await request<{ RecordList: Array<{ RecordId: number; Value: string }> }>('DescribeRecordList', {
        Domain: zone,
        Subdomain: relativeName(fqdn, zone),
        RecordType: 'TXT',
      });
      return RecordList.find((record) => record.Value === value)?.RecordId;
    } catch (error) {
      if (error instanceof DnsApiError && error.code === 'ResourceNotFound.NoDataOfRecord') return undefined;
      throw error;
    }
  }

  return {
    name: NAME,

    async listZones() {
      const zones: string[] = [];
      for (let offset = 0; ; offset += PAGE_SIZE) {
        const page = await request<{ DomainList: Array<{ Name: string; Punycode?: string }>; DomainCountInfo: { AllTotal: number } }>(
          'DescribeDomainList',
          { Type: 'ALL', Offset: offset, Limit: PAGE_SIZE },
        );
        zones.push(...page.DomainList.map((domain) => toAsciiName(domain.Punycode || domain.Name)));
        if (page.DomainList.length === 0 || zones.length >= page.DomainCountInfo.AllTotal) return zones;
      }
    },

    async appendTxt(zone, fqdn, value, ttl): Promise<TxtRecord | undefined> {
      try {
        const { RecordId } = await request<{ RecordId: number }>('CreateRecord', {
          Domain: zone,
          SubDomain: relativeName(fqdn, zone),
          RecordType: 'TXT',
          RecordLine: DEFAULT_LINE,
          Value: value,
          TTL: ttl,
        });
        return { zone, fqdn, value, id: String(RecordId) };
      } catch (error) {
        if (!(error instanceof DnsApiError) || error.code !== 'InvalidParameter.DomainRecordExist') throw error;
        // A try whose answer was lost may have added the record itself; then it is ours to delete.
        if (!error.earlierTryMayHaveWorked) return undefined;
        const found = await findRecordId(zone, fqdn, value);
        return found === undefined ? undefined : { zone, fqdn, value, id: String(found) };
      }
    },

    async findTxt(zone, fqdn, value) {
      const found = await findRecordId(zone, fqdn, value);
      return found === undefined ? undefined : { zone, fqdn, value, id: String(found) };
    },

    async deleteTxt(record) {
      try {
        await request('DeleteRecord', { Domain: record.zone, RecordId: Number(record.id) });
      } catch (error) {
        // The API's answer for an id it no longer holds.
        if (error instanceof DnsApiError && error.code === 'InvalidParameter.RecordIdInvalid') return;
        throw error;
      }
    },
  };
}

function explain(code: string, action: string): string | undefined {
  if (code === 'AuthFailure.SignatureFailure') return `the SecretKey (${KEY}) does not match the SecretId (${ID}); copy the key pair again`;
  if (code === 'AuthFailure.SecretIdNotFound') return `the SecretId (${ID}) does not exist or is disabled`;
  if (code === 'AuthFailure.TokenFailure') return `the session token (${TOKEN}) is not valid or has expired`;
  if (code === 'AuthFailure.SignatureExpire') return `the runner's clock is more than 5 minutes off (it reads ${new Date().toISOString()}); sync it with NTP`;
  if (code === 'AuthFailure.UnauthorizedOperation' || code === 'UnauthorizedOperation') {
    return `the CAM user of ${ID} may not call dnspod:${action}; see the README for the least policy`;
  }
  if (code === 'InvalidParameterValue.DomainNotExists') return 'the domain is not in this DNSPod account';
  if (code === 'LimitExceeded.RecordTtlLimit') {
    return 'the TTL is below the minimum of this DNSPod plan (600 s on the free plan); set dns-ttl to 600 or more';
  }
  return undefined;
}

function redact(text: string, secrets: Array<string | undefined>): string {
  return secrets.reduce<string>((result, secret) => (secret ? result.split(secret).join('***') : result), text);
}
