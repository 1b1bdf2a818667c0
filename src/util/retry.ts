// One retry loop for every remote call that can fail for a moment (rate limits, restarts, dropped
// connections), so attempts and delays stay bounded and read the same everywhere.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  /** Tries in total, the first one included. */
  attempts: number;
  minDelayMs: number;
  maxDelayMs: number;
  shouldRetry(error: unknown): boolean;
  /** Called before each pause; `attempt` is the try that just failed (1-based). */
  onRetry?(error: unknown, attempt: number, delayMs: number): void;
}

/** Calls `fn` (with the 1-based try number) until it succeeds, fails for good, or tries run out. */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= options.attempts || !options.shouldRetry(error)) throw error;
      const delayMs = backoff(attempt, options);
      options.onRetry?.(error, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}

function backoff(attempt: number, { minDelayMs, maxDelayMs }: RetryOptions): number {
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** (attempt - 1));
  // Half fixed, half random: clients throttled together must not come back together.
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
