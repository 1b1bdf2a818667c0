// Turns what the run found into the notice: from its report, or from the error that stopped it.
import { DAY_MS, daysLeft } from '../acme/certificate-info.js';
import type { RunReport } from '../report.js';
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
    failedTargets: [...run.hosts.filter((host) => host.status === 'failed').map((host) => host.target), ...failedWatches(watched)],
    certificates: [...own, ...servedByHosts(run), ...watchedCertificates(watched)],
    runUrl: runUrl(env),
  };
}

/** What each deployed host was seen serving after its reload (a host may keep an older one). */
function servedByHosts(run: RunReport): CertificateSeen[] {
  return run.hosts.flatMap((host) =>
    host.servedNotAfter
      ? [{ where: host.target, notAfter: host.servedNotAfter, daysLeft: Math.floor((Date.parse(host.servedNotAfter) - run.now.getTime()) / DAY_MS) }]
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
