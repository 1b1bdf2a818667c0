import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);

// src/util/retry.ts
import { setTimeout as sleep } from "node:timers/promises";
async function retry(fn, options) {
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
function backoff(attempt, { minDelayMs, maxDelayMs }) {
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * ceiling / 2);
}

export {
  retry
};
