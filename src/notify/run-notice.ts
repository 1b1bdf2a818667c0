// Turns what the run found into the notice: from its report, or from the error that stopped it.
import { DAY_MS, daysLeft } from '../acme/certificate-info.js';
import { allTargets, type RunReport } from '../report.js';
import type { WatchResult } from '../watch/watch.js';
import { runUrl, type CertificateSeen, type Notice } from './notice.js';

export function noticeFromReport(run: RunReport, watched: readonly WatchResult[], env: NodeJS.ProcessEnv): Notice {
  const info = run.info;
  const left = info ? daysLeft(info, run.now) : undefined;
  const own: CertificateSeen[] =
    info && left !== undefined ? [{ where: `certificate ${run.certificateName}`, daysLeft: left, notAfter: info.notAfter.toISOString() }] : [];
  return {
    result: run.result,
    dryRun: run.dryRun,
    certificateName: run.certificateName,
    names: info?.domains ?? [],
    serial: info?.serial,
    notAfter: info?.notAfter.toISOString(),
    daysLeft: left,
    failedTargets: [...allTargets(run).filter((target) => target.status === 'failed').map((target) => target.target), ...failedWatches(watched)],
    certificates: [...own, ...servedByTargets(run), ...watchedCertificates(watched)],
    runUrl: runUrl(env),
  };
}

/** What each deployment target was seen serving afterwards (a failed one may keep an older one). */
function servedByTargets(run: RunReport): CertificateSeen[] {
  return allTargets(run).flatMap((target) =>
    target.servedNotAfter
      ? [{ where: target.target, notAfter: target.servedNotAfter, daysLeft: Math.floor((Date.parse(target.servedNotAfter) - run.now.getTime()) / DAY_MS) }]
      : [],
  );
}

export function noticeFromWatch(watched: readonly WatchResult[], dryRun: boolean, env: NodeJS.ProcessEnv): Notice {
  return {
    result: 'monitored',
    dryRun,
    names: [],
    failedTargets: failedWatches(watched),
    certificates: watchedCertificates(watched),
    runUrl: runUrl(env),
  };
}

export function noticeFromFailure(error: unknown, certificateName: string | undefined, env: NodeJS.ProcessEnv): Notice {
  return {
    result: 'failed',
    dryRun: false,
    certificateName,
    names: [],
    failedTargets: [],
    certificates: [],
    problem: error instanceof Error ? error.message : String(error),
    runUrl: runUrl(env),
  };
}

function failedWatches(watched: readonly WatchResult[]): string[] {
  return watched.filter((result) => !result.served).map((result) => result.target);
}

function watchedCertificates(watched: readonly WatchResult[]): CertificateSeen[] {
  return watched.flatMap((result) =>
    result.served ? [{ where: result.target, daysLeft: result.served.daysLeft, notAfter: result.served.notAfter }] : [],
  );
}
