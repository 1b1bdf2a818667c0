import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  retry
} from "./chunk-XQDUAZ6U.js";

// src/dns/provider-http.ts
var DnsApiError = class extends Error {
  action;
  /** The API's error code, or a transport failure such as ECONNRESET. */
  code;
  requestId;
  httpStatus;
  /** An earlier try failed in a way that may have hidden its success (a lost answer). */
  earlierTryMayHaveWorked = false;
  constructor(provider, facts, explanation) {
    super(`${provider} ${facts.action} failed: ${explanation} (code ${facts.code}, request id ${facts.requestId ?? "none"})`);
    this.name = "DnsApiError";
    this.action = facts.action;
    this.code = facts.code;
    this.requestId = facts.requestId;
    this.httpStatus = facts.httpStatus;
  }
};
var HTTP_TIMEOUT_MS = 1e4;
var RETRY_DEFAULTS = { attempts: 4, minDelayMs: 500, maxDelayMs: 3e3 };
var NOT_SENT = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
var TRANSIENT_NETWORK = /* @__PURE__ */ new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "UND_ERR_SOCKET", "RequestTimeout"]);
async function send(provider, action, url, init) {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    const cause = error.cause;
    const code = error.name === "TimeoutError" ? "RequestTimeout" : cause?.code ?? "NetworkError";
    return Promise.reject(new DnsApiError(provider, { action, code, requestId: void 0, httpStatus: void 0 }, `cannot reach ${new URL(url).origin} (${code})`));
  }
}
function apiCaller({ log, retry: tuning, isThrottled }) {
  const options = { ...RETRY_DEFAULTS, ...tuning };
  return async function call(attempt) {
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
        onRetry: (error, attempt2, delayMs) => {
          const failed = error;
          earlierTryMayHaveWorked ||= !(isThrottled(failed) || NOT_SENT.has(failed.code));
          log.warning(`${failed.message}; try ${attempt2} of ${options.attempts}, retrying in ${delayMs} ms`);
        }
      }
    );
  };
  function isTransient({ code, httpStatus }) {
    return TRANSIENT_NETWORK.has(code) || code === "NetworkError" || httpStatus !== void 0 && httpStatus >= 500;
  }
}
function parseJson(provider, action, answer, input) {
  try {
    return JSON.parse(answer.text);
  } catch {
    throw new DnsApiError(
      provider,
      { action, code: "InvalidResponse", requestId: void 0, httpStatus: answer.status },
      `the endpoint answered HTTP ${answer.status} with something other than JSON; check ${input}`
    );
  }
}

export {
  DnsApiError,
  send,
  apiCaller,
  parseJson
};
