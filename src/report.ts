// What the run tells people and other steps: outputs, the job summary, and annotations.
import * as core from '@actions/core';
import type { CertificateOutcome } from './acme/certificate-manager.js';
import { DAY_MS, daysLeft, type CertificateInfo } from './acme/certificate-info.js';
import type { Config } from './config/config.js';
import { certificatePaths } from './state/lego-layout.js';
import { NO_CLOUD, type CloudOutcome } from './deploy/cloud-deploy.js';
import type { HostResult } from './deploy/deploy.js';
import type { TargetResult } from './deploy/target-result.js';

export type RunResult = 'issued' | 'renewed' | 'adopted' | 'unchanged';

export interface RunReport {
  readonly result: RunResult;
  /** Why: the renewal decision, or where the certificate was adopted from. */
  readonly reason: string;
  readonly certificateName: string;
  readonly statePath: string;
  readonly hasKey: boolean;
  readonly info?: CertificateInfo;
  readonly hosts: readonly HostResult[];
  /** Alibaba Cloud targets; with the hosts, they make the targets table and outputs. */
  readonly cloud: CloudOutcome;
  readonly dryRun: boolean;
  /** What the renewal decision was; a dry run reports it instead of a result. */
  readonly plan: 'issue' | 'renew' | 'keep';
  readonly now: Date;
}

export function buildReport(
  config: Config,
  outcome: CertificateOutcome,
  adopted: string | undefined,
  hosts: readonly HostResult[],
  now: Date,
  cloud: CloudOutcome = NO_CLOUD,
): RunReport {
  // A dry run adopts nothing: its reason says what it would adopt.
  const kept = adopted !== undefined && outcome.decision.action === 'keep';
  return {
    result: kept && !config.dryRun ? 'adopted' : outcome.result,
    reason: kept ? adopted : outcome.decision.reason,
    certificateName: config.acme.certificateName,
    statePath: config.statePath,
    hasKey: Boolean(outcome.certificate?.keyPem),
    info: outcome.info,
    hosts,
    cloud,
    dryRun: config.dryRun,
    plan: outcome.decision.action,
    now,
  };
}

/** Tells the runner and people everything: outputs, annotations, summary, and the step's verdict. */
export async function report(run: RunReport): Promise<void> {
  setOutputs(run);
  annotate(run);
  await writeSummary(run);
  const targets = allTargets(run);
  const failed = targets.filter((target) => target.status === 'failed');
  if (failed.length > 0) {
    core.setFailed(
      `Deployment failed on ${failed.length} of ${targets.length} targets: ${failed.map((target) => `${target.target} (${target.reason})`).join('; ')}`,
    );
  }
}

/** A run stopped by an error says why in the summary too, where people look first. */
export async function reportFailure(error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(message);
  await core.summary
    .addHeading('Run failed', 2)
    .addRaw(`<p>${escape(message)}</p>`, true)
    .write()
    .catch((writeError: Error) => core.warning(`Could not write the job summary: ${writeError.message}`));
}

/**
 * How little time left after a run is worth a warning annotation (nothing else warns any more): a
 * week, or a sixth of the lifetime when that is shorter, so a 6-day certificate that renews on
 * time at half its life never warns, yet one whose renewals keep failing does, a day before it expires.
 */
function warningThresholdMs(info: CertificateInfo): number {
  return Math.min(7 * DAY_MS, (info.notAfter.getTime() - info.notBefore.getTime()) / 6);
}

function setOutputs(report: RunReport): void {
  const paths = certificatePaths(report.statePath, report.certificateName);
  const info = report.info;
  const outputs: Record<string, string> = {
    result: report.result,
    'certificate-name': report.certificateName,
    'certificate-path': info ? paths.certificate : '',
    'key-path': info && report.hasKey ? paths.key : '',
    'issuer-path': info ? paths.issuer : '',
    domains: info ? info.domains.join(',') : '',
    'not-before': info ? info.notBefore.toISOString() : '',
    'not-after': info ? info.notAfter.toISOString() : '',
    'days-left': info ? String(daysLeft(info, report.now)) : '',
    serial: info?.serial ?? '',
    'fingerprint-sha256': info?.fingerprintSha256 ?? '',
    'deployed-hosts': targetsWith(report.hosts, 'deployed'),
    'skipped-hosts': targetsWith(report.hosts, 'skipped'),
    'failed-hosts': targetsWith(report.hosts, 'failed'),
    'deployed-targets': targetsWith(allTargets(report), 'deployed'),
    'skipped-targets': targetsWith(allTargets(report), 'skipped'),
    'failed-targets': targetsWith(allTargets(report), 'failed'),
    'aliyun-cas-cert-id': report.cloud.casCertId ?? '',
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

/** SSH hosts first, then the cloud targets, as the run deployed them. */
export function allTargets(report: RunReport): readonly TargetResult[] {
  return [...report.hosts, ...report.cloud.results];
}

function targetsWith(hosts: readonly TargetResult[], status: TargetResult['status']): string {
  return JSON.stringify(hosts.filter((host) => host.status === status).map((host) => host.target));
}

function annotate(report: RunReport): void {
  const info = report.info;
  const leftMs = info ? info.notAfter.getTime() - report.now.getTime() : Infinity;
  if (info && leftMs < warningThresholdMs(info)) {
    const left = leftMs >= 2 * DAY_MS ? `${daysLeft(info, report.now)} days` : `${Math.max(0, Math.floor(leftMs / 3_600_000))} hours`;
    core.warning(`Certificate ${report.certificateName} expires in ${left} (${info.notAfter.toISOString()}).`, {
      title: 'Certificate about to expire',
    });
  }
  for (const target of allTargets(report)) {
    if (target.status === 'failed') core.error(`${target.target}: ${target.reason ?? 'deployment failed'}`, { title: 'Deployment failed' });
  }
}

async function writeSummary(report: RunReport): Promise<void> {
  const info = report.info;
  const heading = report.dryRun
    ? `Dry run: ${report.plan === 'keep' ? `certificate ${report.certificateName} needs nothing` : `would ${report.plan} certificate ${report.certificateName}`}`
    : `Certificate ${report.certificateName} ${report.result}`;
  const summary = core.summary.addHeading(heading, 2);
  summary.addRaw(`<p>${escape(report.reason)}</p>`, true);
  if (info) {
    summary.addTable([
      [
        { data: 'Names', header: true },
        { data: 'Serial', header: true },
        { data: 'Not after', header: true },
        { data: 'Days left', header: true },
        { data: 'Result', header: true },
      ],
      [escape(info.domains.join(', ')), info.serial, info.notAfter.toISOString(), String(daysLeft(info, report.now)), report.result],
    ]);
  }
  const targets = allTargets(report);
  if (targets.length > 0) {
    summary.addHeading('Targets', 3);
    summary.addTable([
      [
        { data: 'Target', header: true },
        { data: 'Status', header: true },
        { data: 'Serial served', header: true },
        { data: 'Served certificate expires', header: true },
        { data: 'Detail', header: true },
      ],
      ...targets.map((target) => [
        escape(target.target),
        target.status,
        target.servedSerial ?? '—',
        target.servedNotAfter ?? '—',
        escape(target.reason ?? '—'),
      ]),
    ]);
  }
  await summary.write();
}

export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
