// acme-client sends every request through one module-wide axios instance that has no timeout, so a
// CA that accepts a connection and then stops answering hangs the run. Each client's own HTTP layer
// is bounded here instead (leaving the shared instance alone): every request gets the timeout, the
// CA trust and the run's stop signal, and requests that change nothing on the CA (GET, HEAD, and
// signed POST-as-GET polls, signed afresh) are tried again within a budget.
import type { Agent } from 'node:https';
import type * as acme from 'acme-client';

export interface AcmeHttpOptions {
  /** Per request. */
  readonly timeoutMs: number;
  /** Trust for the CA's HTTPS; the public roots when absent. */
  readonly agent?: Agent;
  readonly signal?: AbortSignal;
}

/** A request to the CA that failed without an answer (timeout, reset, refused). */
export class AcmeRequestError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'AcmeRequestError';
  }
}

/** acme-client's HttpClient, which every Client keeps as `http`; only these two methods send. */
interface HttpClient {
  request(url: string, method: string, opts?: Record<string, unknown>): Promise<unknown>;
  signedRequest(url: string, payload: unknown, opts?: Record<string, unknown>, attempts?: number): Promise<unknown>;
}

const ATTEMPTS = 3;
/** Retries stop once the next try could end later than this many timeouts after the first began. */
const BUDGET_TIMEOUTS = 3;
const RETRY_DELAY_MS = 500;
const NO_ANSWER = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ERR_SOCKET_CONNECTION_TIMEOUT']);

export function boundClientRequests(client: acme.Client, options: AcmeHttpOptions): void {
  const http = (client as unknown as { http: HttpClient }).http;
  const request = http.request.bind(http);
  const signedRequest = http.signedRequest.bind(http);
  const extra = { timeout: options.timeoutMs, ...(options.signal && { signal: options.signal }), ...(options.agent && { httpsAgent: options.agent }) };

  http.request = (url, method, opts = {}) => {
    const send = () => request(url, method, { ...opts, ...extra });
    const idempotent = /^(get|head)$/i.test(method);
    return tryAgain(send, idempotent ? ATTEMPTS : 1, `${method.toUpperCase()} ${url}`, options);
  };
  // A POST-as-GET (null payload) only reads; badNonce re-sends (attempts > 0) are acme-client's own.
  http.signedRequest = (url, payload, opts, attempts = 0) => {
    const send = () => signedRequest(url, payload, opts, attempts);
    if (payload !== null || attempts > 0) return send();
    return tryAgain(send, ATTEMPTS, `POST ${url}`, options);
  };
}

async function tryAgain<T>(send: () => Promise<T>, attempts: number, what: string, options: AcmeHttpOptions): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (error instanceof AcmeRequestError || options.signal?.aborted) throw error;
      const code = (error as { code?: string }).code;
      if (!code || !NO_ANSWER.has(code)) throw error;
      const spent = Date.now() - started;
      if (attempt >= attempts || spent + RETRY_DELAY_MS + options.timeoutMs > BUDGET_TIMEOUTS * options.timeoutMs) {
        const why = code === 'ECONNABORTED' || code === 'ETIMEDOUT' ? `got no answer within ${options.timeoutMs / 1000} s` : `failed (${code})`;
        throw new AcmeRequestError(`ACME request ${what} ${why}${attempt > 1 ? `, ${attempt} tries` : ''} (acme-timeout)`, error);
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}

/** Names the step of the order a request failed in; other errors pass through unchanged. */
export async function acmeStep<T>(step: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AcmeRequestError) throw new AcmeRequestError(`${step}: ${error.message}`, error);
    throw error;
  }
}
