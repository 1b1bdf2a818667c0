// acme-client sends every request through one module-wide axios instance that has no timeout, so a
// CA that accepts a connection and then stops answering hangs the run. Each client's own HTTP layer
// is bounded here instead (leaving the shared instance alone): every request gets the timeout, the
// CA trust and the run's stop signal, and requests that change nothing on the CA (GET, HEAD, and
// signed POST-as-GET polls, signed afresh) are tried again within a budget.
import type { Agent } from 'node:https';
import type * as acme from 'acme-client';
import pLimit from 'p-limit';
import { rateLimitGuard } from './acme-retries.js';

export interface AcmeHttpOptions {
  /** Per try of a request. */
  readonly timeoutMs: number;
  /** Connections to the CA: their trust, and how many at once. */
  readonly agent: Agent;
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
  maxBadNonceRetries: number;
  request(url: string, method: string, opts?: Record<string, unknown>): Promise<unknown>;
  signedRequest(url: string, payload: unknown, opts?: Record<string, unknown>, attempts?: number): Promise<unknown>;
}

const ATTEMPTS = 3;
/**
 * A badNonce costs one round trip and no rate limit, yet acme-client gives up after five in a row;
 * CAs under load (and pebble, on purpose) refuse nonces often enough that a whole order meets such
 * a run now and then.
 */
const BAD_NONCE_RETRIES = 10;
/** Retries stop once the next try could end later than this many timeouts after the first began. */
const BUDGET_TIMEOUTS = 3;
const RETRY_DELAY_MS = 500;
const NO_ANSWER = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ERR_SOCKET_CONNECTION_TIMEOUT']);

export function boundClientRequests(client: acme.Client, options: AcmeHttpOptions): void {
  const http = (client as unknown as { http: HttpClient }).http;
  const request = http.request.bind(http);
  const signedRequest = http.signedRequest.bind(http);
  // Per request, not on acme-client's shared axios instance: another client in the process keeps its own.
  const perRequest = { ...rateLimitGuard(), httpsAgent: options.agent };
  http.maxBadNonceRetries = BAD_NONCE_RETRIES;

  const exchange = (url: string, method: string, opts: Record<string, unknown>) => {
    const what = `${method.toUpperCase()} ${url}`;
    const once = () => withinTimeout((signal) => request(url, method, { ...opts, ...perRequest, signal }), what, options);
    return tryAgain(once, /^(get|head)$/i.test(method) ? ATTEMPTS : 1, options);
  };
  // acme-client asks newNonce, its only HEAD, by HEAD. Node closes the connection after a HEAD answer
  // without Content-Length (pebble's), so each fresh nonce cost a new TLS connection; RFC 8555 §7.2
  // has the CA answer GET as well (204), and HEAD remains for a CA that does not.
  const newNonce = async (url: string, opts: Record<string, unknown>) => {
    const answer = await exchange(url, 'get', opts);
    return nonceOf(answer) ? answer : exchange(url, 'head', opts);
  };
  http.request = async (url, method, opts = {}) => {
    if (/^head$/i.test(method)) return newNonce(url, opts);
    const answer = await exchange(url, method, opts);
    return /^post$/i.test(method) ? keepNonce(answer) : answer;
  };
  // Every answer to a signed request carries a fresh nonce (RFC 8555 §7.2), yet acme-client asks
  // newNonce before each signed request: twice the requests an order needs. A kept nonce is used
  // first; one the CA no longer takes is a badNonce, which brings a fresh one.
  const spareNonces: string[] = [];
  const keepNonce = (answer: unknown) => {
    const { status, data } = answer as { status?: number; data?: { type?: unknown } };
    const nonce = nonceOf(answer);
    // acme-client re-sends a badNonce refusal with the nonce that came with it.
    const refused = status === 400 && data?.type === 'urn:ietf:params:acme:error:badNonce';
    if (nonce && !refused) spareNonces.push(nonce);
    return answer;
  };
  // No more signed requests at once than there are connections: the rest would only queue for one,
  // and waiting their turn they find a nonce left by an answer instead of each asking newNonce.
  const inTurn = pLimit(options.agent.maxSockets);
  // A POST-as-GET (null payload) only reads; badNonce re-sends (attempts > 0) are acme-client's own,
  // made from within a turn.
  http.signedRequest = (url, payload, opts = {}, attempts = 0) => {
    const send = () => signedRequest(url, payload, attempts === 0 && !opts.nonce ? { ...opts, nonce: spareNonces.pop() } : opts, attempts);
    if (attempts > 0) return send();
    return inTurn(() => (payload !== null ? send() : tryAgain(send, ATTEMPTS, options)));
  };
}

function nonceOf(answer: unknown): string | undefined {
  const nonce = (answer as { headers?: Record<string, unknown> }).headers?.['replay-nonce'];
  return typeof nonce === 'string' && nonce !== '' ? nonce : undefined;
}

/**
 * One request, abandoned at the timeout or the run's stop. The timer is ours, not axios's:
 * acme-client's retry interceptor turns axios's own timeout error into a TypeError that names
 * nothing. The abandoned request is aborted and fails in the background.
 */
function withinTimeout<T>(send: (signal: AbortSignal) => Promise<T>, what: string, options: AcmeHttpOptions): Promise<T> {
  const attempt = new AbortController();
  const signal = options.signal ? AbortSignal.any([attempt.signal, options.signal]) : attempt.signal;
  return new Promise<T>((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const timer = setTimeout(() => {
      attempt.abort();
      reject(new NoAnswer(`ACME request ${what} got no answer within ${options.timeoutMs / 1000} s`));
    }, options.timeoutMs);
    const onAbort = () => {
      finish();
      if (options.signal?.aborted) reject(options.signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    send(signal).then(
      (value) => {
        finish();
        resolve(value);
      },
      (error: unknown) => {
        finish();
        reject(isBrokenConnection(error) ? new NoAnswer(`ACME request ${what} failed: the connection was refused or broke`) : error);
      },
    );
  });
}

class NoAnswer extends Error {}

async function tryAgain<T>(send: () => Promise<T>, attempts: number, options: AcmeHttpOptions): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof NoAnswer) || options.signal?.aborted) throw error;
      const spent = Date.now() - started;
      if (attempt >= attempts || spent + RETRY_DELAY_MS + options.timeoutMs > BUDGET_TIMEOUTS * options.timeoutMs) {
        throw new AcmeRequestError(`${error.message}${attempt > 1 ? ` (${attempt} tries)` : ''}; acme-timeout is ${options.timeoutMs / 1000} s`, error);
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}

/**
 * acme-client retries refused and reset connections itself, then hands on a TypeError from reading
 * the missing response; that (or a plain network error code) means the CA never answered.
 */
function isBrokenConnection(error: unknown): boolean {
  const { code, response, message } = error as { code?: string; response?: unknown; message?: string };
  if (response !== undefined) return false;
  return (code !== undefined && NO_ANSWER.has(code)) || (error instanceof TypeError && /reading 'config'/.test(message ?? ''));
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
