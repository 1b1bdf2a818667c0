// AliDNS (Alibaba Cloud DNS, OpenAPI 2015-01-09) as a DnsProvider, through the official RPC client.
// Errors are rewritten here because the API's own are unhelpful or unsafe to show: a bad secret
// reads "signature not matched" and echoes the string-to-sign, which carries the STS token.
import RPCClient from '@alicloud/pop-core';
import type { Log } from '../util/log.js';
import { retry, type RetryOptions } from '../util/retry.js';
import type { DnsProvider } from './provider.js';
import { alidns } from './providers/alidns.js';
import { variableNames } from './providers/definition.js';
import { relativeName } from './zones.js';

export interface AliCloudCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** Present only for STS (temporary) credentials. */
  readonly securityToken?: string;
}

export interface AliDnsOptions {
  /** API origin, e.g. https://alidns.aliyuncs.com. */
  endpoint: string;
  credentials: AliCloudCredentials;
  log: Log;
  /** Overrides the bounded backoff for transient failures (tests make it fast). */
  retry?: Partial<Pick<RetryOptions, 'attempts' | 'minDelayMs' | 'maxDelayMs'>>;
}

/** A failed AliDNS call, with what the user needs to fix it or to ask Alibaba support about it. */
export class AliDnsError extends Error {
  readonly action: string;
  /** The API's error Code, or a transport failure such as ECONNRESET. */
  readonly code: string;
  readonly requestId: string | undefined;
  readonly httpStatus: number | undefined;
  /** An earlier try failed in a way that may have hidden its success (a lost answer). */
  readonly earlierTryMayHaveWorked: boolean;

  constructor(
    facts: Pick<AliDnsError, 'action' | 'code' | 'requestId' | 'httpStatus'> & { earlierTryMayHaveWorked?: boolean },
    explanation: string,
  ) {
    super(`AliDNS ${facts.action} failed: ${explanation} (Code ${facts.code}, RequestId ${facts.requestId ?? 'none'})`);
    this.name = 'AliDnsError';
    this.action = facts.action;
    this.code = facts.code;
    this.requestId = facts.requestId;
    this.httpStatus = facts.httpStatus;
    this.earlierTryMayHaveWorked = facts.earlierTryMayHaveWorked ?? false;
  }
}

const API_VERSION = '2015-01-09';
const PAGE_SIZE = 100;
// Retries stay within a few seconds in total: a longer outage fails the run, which can be re-run.
const RETRY_DEFAULTS = { attempts: 4, minDelayMs: 500, maxDelayMs: 3000 };
const HTTP_TIMEOUT_MS = 10_000;
const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'RequestTimeout']);

interface DescribeDomainsResponse {
  TotalCount: number;
  Domains: { Domain: Array<{ DomainName: string; PunyCode?: string }> };
}

interface SubDomainRecordsResponse {
  DomainRecords: { Record: Array<{ RecordId: string; Type: string; Value: string }> };
}

export function createAliDnsProvider(options: AliDnsOptions): DnsProvider {
  const { credentials, log } = options;
  const client = new RPCClient({
    endpoint: options.endpoint,
    apiVersion: API_VERSION,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    securityToken: credentials.securityToken,
  });
  const retryOptions = { ...RETRY_DEFAULTS, ...options.retry };
  const secrets = [credentials.accessKeySecret, credentials.securityToken].filter((value) => value !== undefined);

  /** Calls `action`, retrying transient failures; the final error tells whether a lost try may have worked. */
  async function call<T>(action: string, params: Record<string, string | number>): Promise<T> {
    let earlierTryMayHaveWorked = false;
    return retry(
      async () => {
        try {
          return await client.request<T>(action, params, { method: 'POST', timeout: HTTP_TIMEOUT_MS });
        } catch (error) {
          throw toAliDnsError(action, error, secrets, earlierTryMayHaveWorked);
        }
      },
      {
        ...retryOptions,
        shouldRetry: (error) => isTransient(error as AliDnsError),
        onRetry: (error, attempt, delayMs) => {
          earlierTryMayHaveWorked ||= mayHaveTakenEffect(error as AliDnsError);
          log.warning(`${(error as Error).message}; try ${attempt} of ${retryOptions.attempts}, retrying in ${delayMs} ms`);
        },
      },
    );
  }

  async function findTxtRecordId(zone: string, rr: string, value: string): Promise<string | undefined> {
    const response = await call<SubDomainRecordsResponse>('DescribeSubDomainRecords', {
      DomainName: zone,
      SubDomain: rr === '@' ? zone : `${rr}.${zone}`,
      Type: 'TXT',
      PageSize: 500,
    });
    return response.DomainRecords.Record.find((record) => record.Value === value)?.RecordId;
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

    async appendTxt(zone, fqdn, value, ttl) {
      const rr = relativeName(fqdn, zone);
      const found = (id: string | undefined) => (id === undefined ? undefined : { zone, fqdn, value, id });
      try {
        const response = await call<{ RecordId: string }>('AddDomainRecord', {
          DomainName: zone,
          RR: rr,
          Type: 'TXT',
          Value: value,
          TTL: ttl,
        });
        return found(String(response.RecordId));
      } catch (error) {
        if (!(error instanceof AliDnsError) || error.code !== 'DomainRecordDuplicate') throw error;
        // A try whose answer was lost may have added the record itself; then it is ours to delete.
        if (error.earlierTryMayHaveWorked) return found(await findTxtRecordId(zone, rr, value));
        return undefined;
      }
    },

    async deleteTxt(record) {
      try {
        await call('DeleteDomainRecord', { RecordId: record.id! });
      } catch (error) {
        // The API answers so for an id it no longer holds: deleted already, maybe by a try whose
        // answer was lost, or by an earlier cleanup.
        if (error instanceof AliDnsError && error.code === 'DomainRecordNotBelongToUser') return;
        throw error;
      }
    },
  };
}

function isTransient({ code, httpStatus }: AliDnsError): boolean {
  return (
    code.startsWith('Throttling') ||
    code === 'SignatureNonceUsed' ||
    code === 'ServiceUnavailable' ||
    code === 'InternalError' ||
    code === 'InvalidResponse' ||
    TRANSIENT_NETWORK.has(code) ||
    (httpStatus !== undefined && httpStatus >= 500)
  );
}

/** Rejections before the work (rate limits, refused connections) cannot have changed anything. */
function mayHaveTakenEffect({ code }: AliDnsError): boolean {
  return !(code.startsWith('Throttling') || code === 'SignatureNonceUsed' || code === 'ECONNREFUSED' || code === 'EAI_AGAIN');
}

/** Shape of the errors pop-core throws: `data` is the API's JSON error, `entry` the HTTP exchange. */
interface PopCoreError {
  name?: string;
  code?: string;
  message?: string;
  data?: { Code?: string; Message?: string; RequestId?: string };
  entry?: { response?: { statusCode?: number } };
}

function toAliDnsError(action: string, raw: unknown, secrets: string[], earlierTryMayHaveWorked: boolean): AliDnsError {
  const error = (raw ?? {}) as PopCoreError;
  const facts = { action, earlierTryMayHaveWorked, httpStatus: error.entry?.response?.statusCode };
  if (error.data?.Code) {
    const { Code: code, RequestId: requestId, Message: message = '' } = error.data;
    return new AliDnsError({ ...facts, code, requestId }, explain(action, code) ?? redact(message, secrets));
  }
  // json-bigint throws a plain object named SyntaxError when the body is not JSON (a proxy's page).
  if (error.name === 'SyntaxError') {
    const explanation = 'the endpoint answered with something other than JSON; check alidns-endpoint';
    return new AliDnsError({ ...facts, code: 'InvalidResponse', requestId: undefined }, explanation);
  }
  const code = error.name === 'RequestTimeoutError' ? 'RequestTimeout' : (error.code ?? 'NetworkError');
  // Transport messages carry the URL; it holds no secret with POST, but redact anyway.
  return new AliDnsError({ ...facts, code, requestId: undefined }, redact(error.message ?? String(raw), secrets));
}

const ID = variableNames(alidns.variables.accessKeyId);
const SECRET = variableNames(alidns.variables.accessKeySecret);
const TOKEN = variableNames(alidns.variables.securityToken);

/** A message that names the credential to fix (by its variables, never its value), for codes users cause. */
function explain(action: string, code: string): string | undefined {
  if (code === 'SignatureDoesNotMatch' || code === 'IncompleteSignature') {
    return `the AccessKey secret (${SECRET}) does not match the AccessKey ID (${ID}); copy the secret of this AccessKey pair again`;
  }
  if (code === 'InvalidAccessKeyId.NotFound') {
    return `the AccessKey ID (${ID}) does not exist; check it in the RAM console`;
  }
  if (code === 'InvalidAccessKeyId.Inactive' || code === 'Forbidden.AccessKeyDisabled') {
    return `the AccessKey ID (${ID}) is disabled; enable it or create a new AccessKey pair`;
  }
  if (code === 'MissingSecurityToken') {
    return `the AccessKey ID (${ID}) is temporary (STS) and needs its security token in ${TOKEN}`;
  }
  if (code.startsWith('InvalidSecurityToken')) {
    return `the STS security token (${TOKEN}) is ${code.endsWith('.Expired') ? 'expired' : 'not valid for this AccessKey ID'}; issue fresh STS credentials`;
  }
  if (code.startsWith('Forbidden') || code === 'NoPermission') {
    return `the RAM user or role of the AccessKey ID (${ID}) may not call alidns:${action}; grant it AliyunDNSFullAccess or a policy allowing alidns:DescribeDomains, alidns:AddDomainRecord, alidns:DescribeSubDomainRecords and alidns:DeleteDomainRecord`;
  }
  if (code === 'QuotaExceeded.TTL') {
    return 'the TTL is below the minimum of this AliDNS edition (600 s on the free edition); set dns-ttl to 600 or more';
  }
  if (code === 'InvalidTimeStamp.Expired') {
    return `the runner's clock is more than 15 minutes off (it reads ${new Date().toISOString()}); sync it with NTP`;
  }
  return undefined;
}

function redact(text: string, secrets: string[]): string {
  // The string-to-sign the API echoes after this marker holds every request parameter.
  const safe = text.split(/\s*server string to sign is:/i)[0];
  return secrets.reduce((result, secret) => result.split(secret).join('***'), safe);
}
