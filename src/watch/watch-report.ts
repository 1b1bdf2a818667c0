// The watched endpoints in the job summary and as annotations: what each serves and for how long.
import * as core from '@actions/core';
import { escape } from '../report.js';
import type { Log } from '../util/log.js';
import type { WatchResult } from './watch.js';

export function annotateWatch(results: readonly WatchResult[], expiringDays: number, log: Log): void {
  for (const result of results) {
    if (!result.served) {
      log.warning(`Watched ${result.target}: ${result.problem}`);
    } else if (result.served.daysLeft < expiringDays) {
      log.warning(`Watched ${result.target} serves a certificate that expires in ${result.served.daysLeft} days (${result.served.notAfter}, issuer ${result.served.issuer}).`);
    } else {
      log.info(`Watched ${result.target}: ${result.served.names.join(', ')}, ${result.served.daysLeft} days left.`);
    }
  }
}

export async function summariseWatch(results: readonly WatchResult[]): Promise<void> {
  if (results.length === 0) return;
  await core.summary
    .addHeading('Watched endpoints', 3)
    .addTable([
      [
        { data: 'Endpoint', header: true },
        { data: 'Names', header: true },
        { data: 'Issuer', header: true },
        { data: 'Not after', header: true },
        { data: 'Days left', header: true },
      ],
      ...results.map((result) =>
        result.served
          ? [escape(result.target), escape(result.served.names.join(', ')), escape(result.served.issuer), result.served.notAfter, String(result.served.daysLeft)]
          : [escape(result.target), escape(`unreachable: ${result.problem}`), '—', '—', '—'],
      ),
    ])
    .write();
}

