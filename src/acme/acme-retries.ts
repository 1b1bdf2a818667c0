// acme-client retries a 429 after the CA's Retry-After, up to five times. A rate limit's Retry-After
// can be hours or days: the job would sleep until GitHub kills it, and tell nobody why. A 429 that
// asks for more than a minute is not retried at all, so the CA's problem detail (which names the
// limit and when to retry) becomes the run's error at once; other retries (5xx, network blips) are
// kept few and short.
import * as acme from 'acme-client';
import type { AxiosResponseTransformer } from 'axios';

const MAX_WAIT_S = 60;
/** acme-client's own settings: attempts and the base delay (s) when the CA gives no Retry-After. */
const RETRIES = { retryMaxAttempts: 3, retryDefaultDelay: 2 };

const dropLongRateLimitWaits: AxiosResponseTransformer = function (data, headers, status) {
  if (status !== 429) return data;
  const header = headers['retry-after'];
  const wait = retryAfterSeconds(typeof header === 'string' ? header : undefined);
  if (wait <= MAX_WAIT_S) return data;
  // acme-client's retry interceptor counts attempts on the request config (`this` here) and would
  // otherwise retry after its own short delay: every retry is refused the same way, and each one
  // counts against the CA's limits.
  (this as { retryAttempt?: number }).retryAttempt = Number.MAX_SAFE_INTEGER;
  if (data && typeof data === 'object' && typeof (data as { detail?: unknown }).detail === 'string') {
    const until = new Date(Date.now() + wait * 1000).toISOString();
    (data as { detail: string }).detail += ` (rate limited: the CA asks to wait until ${until}; not retrying in this run)`;
  }
  return data;
};

/**
 * acme-client's retry interceptor reads its settings from the defaults of its one module-wide axios
 * instance, never from a request: they are set there, to the same values for every client of this
 * action, so setting them again changes nothing for a client made earlier in the process.
 */
export function boundAcmeRetries(): void {
  const defaults = acme.axios.defaults as typeof acme.axios.defaults & { acmeSettings: typeof RETRIES };
  defaults.acmeSettings = { ...defaults.acmeSettings, ...RETRIES };
}

/** Per request: axios's own response transformers, then the guard against long rate-limit waits. */
export function rateLimitGuard(): { transformResponse: AxiosResponseTransformer[] } {
  return { transformResponse: [...[acme.axios.defaults.transformResponse ?? []].flat(), dropLongRateLimitWaits] };
}

/** RFC 9110 Retry-After: delay seconds or an HTTP date; 0 when absent or unparsable. */
export function retryAfterSeconds(header: string | undefined): number {
  if (!header) return 0;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? 0 : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
