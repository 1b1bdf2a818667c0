// What the HTTP DNS providers share: one error type that says which call failed and why (never a
// secret), transport failures mapped to codes, and the bounded retry of transient failures that
// remembers whether a lost answer may have hidden a success.
import type { Log } from '../util/log.js';
import { retry, type RetryOptions } from '../util/retry.js';

export type RetryTuning = Partial<Pick<RetryOptions, 'attempts' | 'minDelayMs' | 'maxDelayMs'>>;

/** A failed provider API call, with what the user needs to fix it or to ask the vendor about it. */
export class DnsApiError extends Error {
  readonly action: string;
  /** The API's error code, or a transport failure such as ECONNRESET. */
  readonly code: string;
  readonly requestId: string | undefined;
  readonly httpStatus: number | undefined;
  /** An earlier try failed in a way that may have hidden its success (a lost answer). */
  earlierTryMayHaveWorked = false;

  constructor(
    provider: string,
    facts: Pick<DnsApiError, 'action' | 'code' | 'requestId' | 'httpStatus'>,
    explanation: string,
  ) {
    super(`${provider} ${facts.action} failed: ${explanation} (code ${facts.code}, request id ${facts.requestId ?? 'none'})`);
    this.name = 'DnsApiError';
    this.action = facts.action;
    this.code = facts.code;
    this.requestId = facts.requestId;
    this.httpStatus = facts.httpStatus;
  }
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

const HTTP_TIMEOUT_MS = 10_000;
// Retries stay within a few seconds in total: a longer outage fails the run, which can be re-run.
const RETRY_DEFAULTS = { attempts: 4, minDelayMs: 500, maxDelayMs: 3000 };
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'RequestTimeout']);

/** One HTTP exchange; a transport failure becomes a DnsApiError whose code names it. */
export async function send(provider: string, action: string, url: string, init: RequestInit): Promise<HttpAnswer> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    const code = (error as Error).name === 'TimeoutError' ? 'RequestTimeout' : (cause?.code ?? 'NetworkError');
    // fetch's messages name the URL's host, never headers or body, so they carry no credential.
    return Promise.reject(new DnsApiError(provider, { action, code, requestId: undefined, httpStatus: undefined }, `cannot reach ${new URL(url).origin} (${code})`));
  }
}

export interface CallerOptions {
  log: Log;
  retry?: RetryTuning;
  /** Failures worth another try beyond transport errors and HTTP 5xx (throttling codes). */
  isThrottled(error: DnsApiError): boolean;
}

/** Runs API calls with the bounded retry; the final error tells whether a lost try may have worked. */
export function apiCaller({ log, retry: tuning, isThrottled }: CallerOptions) {
  const options = { ...RETRY_DEFAULTS, ...tuning };
  return async function call<T>(attempt: () => Promise<T>): Promise<T> {
    let earlierTryMayHaveWorked = false;
    return retry(
      async () => {
        try {
          return await attempt();
        } catch (error) {
          if (error instanceof DnsApiError) error.earlierTryMayHaveWorked = earlierTryMayHaveWorked;
          throw error;
        }
      },
      {
        ...options,
        shouldRetry: (error) => error instanceof DnsApiError && (isThrottled(error) || isTransient(error)),
        onRetry: (error, attempt, delayMs) => {
          const failed = error as DnsApiError;
          // Throttling and refused connections reject a call before it does anything.
          earlierTryMayHaveWorked ||= !(isThrottled(failed) || NOT_SENT.has(failed.code));
          log.warning(`${failed.message}; try ${attempt} of ${options.attempts}, retrying in ${delayMs} ms`);
        },
      },
    );
  };
  function isTransient({ code, httpStatus }: DnsApiError): boolean {
    return TRANSIENT_NETWORK.has(code) || code === 'NetworkError' || (httpStatus !== undefined && httpStatus >= 500);
  }
}

export function parseJson<T>(provider: string, action: string, answer: HttpAnswer, input: string): T {
  try {
    return JSON.parse(answer.text) as T;
  } catch {
    throw new DnsApiError(
      provider,
      { action, code: 'InvalidResponse', requestId: undefined, httpStatus: answer.status },
      `the endpoint answered HTTP ${answer.status} with something other than JSON; check ${input}`,
    );
  }
}
