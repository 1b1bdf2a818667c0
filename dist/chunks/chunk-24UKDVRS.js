import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  untrustedLine
} from "./chunk-TTW3HH64.js";

// src/deploy/cloud-context.ts
async function settle(target, log, work) {
  try {
    const result = await work();
    log.info(`${target}: ${result.status}${result.reason ? ` (${result.reason})` : ""}`);
    return result;
  } catch (error) {
    const reason = untrustedLine(error.message);
    log.info(`${target}: failed: ${reason}`);
    return { target, status: "failed", reason };
  }
}
var READ_BACK_TRIES = 5;
async function readBack(context, check) {
  let mismatch;
  for (let attempt = 1; attempt <= READ_BACK_TRIES; attempt++) {
    mismatch = await check();
    if (mismatch === void 0) return void 0;
    if (attempt < READ_BACK_TRIES) await new Promise((resolve) => setTimeout(resolve, context.readBackDelayMs ?? 2e3));
  }
  return mismatch;
}

export {
  settle,
  readBack
};
