// One way to call any Alibaba Cloud RPC-style OpenAPI (AliDNS, CAS, CDN, DCDN, SLB) through the
// official V1-signing client: bounded retries for transient failures, and errors rewritten because
// the APIs' own are unhelpful or unsafe to show: a bad secret reads "signature not matched" and
// echoes the string-to-sign, which carries the STS token.
import type RPCClient from '@alicloud/pop-core';
import type { Log } from '../util/log.js';
import { retry, type RetryOptions } from '../util/retry.js';
import { credentialVariables, type AliCloudCredentials } from './credentials.js';

export type RetryTuning = Partial<Pick<RetryOptions, 'attempts' | 'minDelayMs' | 'maxDelayMs'>>;

export interface RpcClientOptions {
  /** The service's name in messages, e.g. AliDNS or CDN. */
  service: string;
  /** API origin, e.g. https://cdn.aliyuncs.com. */
  endpoint: string;
  /** The input that sets the endpoint, named when the endpoint answers something else than the API. */
  endpointInput: string;
  apiVersion: string;
  credentials: AliCloudCredentials;
  log: Log;
  /** The RAM advice for a denied call: which actions or policy the caller needs. */
  ramAdvice(action: string): string;
  /** Service-specific explanations of error codes, tried before the common ones. */
  explain?(action: string, code: string): string | undefined;
  /** Overrides the bounded backoff for transient failures (tests make it fast). */
  retry?: RetryTuning;
}

/** A failed call, with what the user needs to fix it or to ask Alibaba support about it. */
export class AliCloudError extends Error {
  readonly action: string;
  /** The API's error Code, or a transport failure such as ECONNRESET. */
  readonly code: string;
  readonly requestId: string | undefined;
  readonly httpStatus: number | undefined;
  /** An earlier try failed in a way that may have hidden its success (a lost answer). */
  readonly earlierTryMayHaveWorked: boolean;

  constructor(
    facts: Pick<AliCloudError, 'action' | 'code' | 'requestId' | 'httpStatus'> & { service: string; earlierTryMayHaveWorked?: boolean },
    explanation: string,
  ) {
    super(`${facts.service} ${facts.action} failed: ${explanation} (Code ${facts.code}, RequestId ${facts.requestId ?? 'none'})`);
    this.name = 'AliCloudError';
    this.action = facts.action;
    this.code = facts.code;
    this.requestId = facts.requestId;
    this.httpStatus = facts.httpStatus;
    this.earlierTryMayHaveWorked = facts.earlierTryMayHaveWorked ?? false;
  }
}

export type RpcCall = <T>(action: string, params: Record<string, string | number | boolean>) => Promise<T>;

// Retries stay within a few seconds in total: a longer outage fails the run, which can be re-run.
const RETRY_DEFAULTS = { attempts: 4, minDelayMs: 500, maxDelayMs: 3000 };
const HTTP_TIMEOUT_MS = 10_000;
const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'RequestTimeout']);

/** Calls an action, retrying transient failures; the final error tells whether a lost try may have worked. */
export function createRpcCall(options: RpcClientOptions): RpcCall {
  const { credentials, log, service } = options;
  // Loaded on the first call: a run that calls no Alibaba Cloud API does not parse the client.
  let client: Promise<RPCClient> | undefined;
  const connect = () =>
    (client ??= import('@alicloud/pop-core').then(
      ({ default: Client }) =>
        new Client({
          endpoint: options.endpoint,
          apiVersion: options.apiVersion,
          accessKeyId: credentials.accessKeyId,
          accessKeySecret: credentials.accessKeySecret,
          securityToken: credentials.securityToken,
        }),
    ));
  const retryOptions = { ...RETRY_DEFAULTS, ...options.retry };
  const secrets = [credentials.accessKeySecret, credentials.securityToken].filter((value) => value !== undefined);
  const explainCode = (action: string, code: string) =>
    options.explain?.(action, code) ?? explainCommon(action, code, options.ramAdvice);

  return async <T>(action: string, params: Record<string, string | number | boolean>): Promise<T> => {
    let earlierTryMayHaveWorked = false;
    return retry(
      async () => {
        try {
          // POST: certificates and keys go in the body, never in a URL a proxy might log.
          return await (await connect()).request<T>(action, params, { method: 'POST', timeout: HTTP_TIMEOUT_MS });
        } catch (error) {
          throw toAliCloudError({ service, endpointInput: options.endpointInput, action, earlierTryMayHaveWorked }, error, secrets, explainCode);
        }
      },
      {
        ...retryOptions,
        shouldRetry: (error) => isTransient(error as AliCloudError),
        onRetry: (error, attempt, delayMs) => {
          earlierTryMayHaveWorked ||= mayHaveTakenEffect(error as AliCloudError);
          log.warning(`${(error as Error).message}; try ${attempt} of ${retryOptions.attempts}, retrying in ${delayMs} ms`);
        },
      },
    );
  };
}

function isTransient({ code, httpStatus }: AliCloudError): boolean {
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
function mayHaveTakenEffect({ code }: AliCloudError): boolean {
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

function toAliCloudError(
  call: { service: string; endpointInput: string; action: string; earlierTryMayHaveWorked: boolean },
  raw: unknown,
  secrets: string[],
  explainCode: (action: string, code: string) => string | undefined,
): AliCloudError {
  const error = (raw ?? {}) as PopCoreError;
  const { endpointInput: _input, ...named } = call;
  const facts = { ...named, httpStatus: error.entry?.response?.statusCode };
  if (error.data?.Code) {
    const { Code: code, RequestId: requestId, Message: message = '' } = error.data;
    return new AliCloudError({ ...facts, code, requestId }, explainCode(call.action, code) ?? redact(message, secrets));
  }
  // json-bigint throws a plain object named SyntaxError when the body is not JSON (a proxy's page).
  if (error.name === 'SyntaxError') {
    const explanation = `the endpoint answered with something other than JSON; check ${call.endpointInput}`;
    return new AliCloudError({ ...facts, code: 'InvalidResponse', requestId: undefined }, explanation);
  }
  const code = error.name === 'RequestTimeoutError' ? 'RequestTimeout' : (error.code ?? 'NetworkError');
  // Transport messages carry the URL; it holds no secret with POST, but redact anyway.
  return new AliCloudError({ ...facts, code, requestId: undefined }, redact(error.message ?? String(raw), secrets));
}

const ID = credentialVariables('accessKeyId');
const SECRET = credentialVariables('accessKeySecret');
const TOKEN = credentialVariables('securityToken');

/** A message that names the credential to fix (by its variables, never its value), for codes users cause. */
function explainCommon(action: string, code: string, ramAdvice: (action: string) => string): string | undefined {
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
    return `the RAM user or role of the AccessKey ID (${ID}) ${ramAdvice(action)}`;
  }
  if (code === 'InvalidTimeStamp.Expired') {
    return `the runner's clock is more than 15 minutes off (it reads ${new Date().toISOString()}); sync it with NTP`;
  }
  return undefined;
}

/** Drops the echoed string-to-sign and every secret value from a message the API sent. */
export function redact(text: string, secrets: readonly string[]): string {
  // The string-to-sign the API echoes after this marker holds every request parameter.
  const safe = text.split(/\s*server string to sign is:/i)[0];
  return secrets.reduce((result, secret) => result.split(secret).join('***'), safe);
}
