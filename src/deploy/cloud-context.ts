// What each cloud target module is handed: the certificate in the services' terms, the parsed
// targets, and how to talk to Alibaba Cloud.
import type { AliCloudCredentials } from '../alicloud/credentials.js';
import type { RetryTuning } from '../alicloud/rpc-client.js';
import type { Log } from '../util/log.js';
import { untrustedLine } from '../util/untrusted-text.js';
import type { CloudCertificate } from './cloud-certificate.js';
import type { CloudConfig } from './cloud-config.js';
import type { TargetResult } from './target-result.js';

export interface CloudContext {
  readonly certificate: CloudCertificate;
  readonly certificateName: string;
  readonly config: CloudConfig;
  readonly credentials: AliCloudCredentials;
  /** Only read: report what would change. */
  readonly dryRun: boolean;
  /** `deploy: always`: set the certificate even where it is already served. */
  readonly force: boolean;
  readonly log: Log;
  readonly retry?: RetryTuning;
  /** Pause between read-backs while a change propagates (tests shorten it). */
  readonly readBackDelayMs?: number;
}

/** Never rejects: whatever goes wrong with one target becomes its `failed` result. */
export async function settle(target: string, log: Log, work: () => Promise<TargetResult>): Promise<TargetResult> {
  try {
    const result = await work();
    log.info(`${target}: ${result.status}${result.reason ? ` (${result.reason})` : ''}`);
    return result;
  } catch (error) {
    // API error messages are the service's text, and the reason goes to one-line places (report table, outputs).
    const reason = untrustedLine((error as Error).message);
    // Not an error annotation: the run's report raises one per failed target.
    log.info(`${target}: failed: ${reason}`);
    return { target, status: 'failed', reason };
  }
}

const READ_BACK_TRIES = 5;

/**
 * Reads a target back until `check` finds the new certificate (services apply a change within
 * seconds), then returns undefined; or returns the last mismatch `check` described.
 */
export async function readBack(context: CloudContext, check: () => Promise<string | undefined>): Promise<string | undefined> {
  let mismatch: string | undefined;
  for (let attempt = 1; attempt <= READ_BACK_TRIES; attempt++) {
    mismatch = await check();
    if (mismatch === undefined) return undefined;
    if (attempt < READ_BACK_TRIES) await new Promise((resolve) => setTimeout(resolve, context.readBackDelayMs ?? 2000));
  }
  return mismatch;
}
