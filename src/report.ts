// What the run tells people and other steps: outputs, the job summary, and annotations.
import * as core from '@actions/core';
import type { CertificateOutcome } from './acme/certificate-manager.js';
import { daysLeft, type CertificateInfo } from './acme/certificate-info.js';
import type { Config } from './config/config.js';
import { certificatePaths } from './state/lego-layout.js';
import type { HostResult } from './deploy/deploy.js';

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
): RunReport {
  const result = adopted && outcome.result === 'unchanged' ? 'adopted' : outcome.result;
  return {
    result,
    reason: result === 'adopted' && adopted ? adopted : outcome.decision.reason,
    certificateName: config.acme.certificateName,
    statePath: config.statePath,
    hasKey: Boolean(outcome.certificate?.keyPem),
    info: outcome.info,
    hosts,
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
  const failed = run.hosts.filter((host) => host.status === 'failed');
  if (failed.length > 0) {
    core.setFailed(
      `Deployment failed on ${failed.length} of ${run.hosts.length} hosts: ${failed.map((host) => `${host.target} (${host.reason})`).join('; ')}`,
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

/** Fewer days than this left after a run is worth a warning annotation: nothing else warns any more. */
const WARN_DAYS = 7;

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
    'deployed-hosts': hostsWith(report.hosts, 'deployed'),
    'skipped-hosts': hostsWith(report.hosts, 'skipped'),
    'failed-hosts': hostsWith(report.hosts, 'failed'),
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

function hostsWith(hosts: readonly HostResult[], status: HostResult['status']): string {
  return JSON.stringify(hosts.filter((host) => host.status === status).map((host) => host.target));
}

function annotate(report: RunReport): void {
  const left = report.info ? daysLeft(report.info, report.now) : undefined;
  if (left !== undefined && left < WARN_DAYS) {
    core.warning(`Certificate ${report.certificateName} expires in ${left} days (${report.info?.notAfter.toISOString()}).`, {
      title: 'Certificate about to expire',
    });
  }
  for (const host of report.hosts) {
    if (host.status === 'failed') core.error(`${host.target}: ${host.reason ?? 'deployment failed'}`, { title: 'Deployment failed' });
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
  if (report.hosts.length > 0) {
    summary.addHeading('Hosts', 3);
    summary.addTable([
      [
        { data: 'Host', header: true },
        { data: 'Status', header: true },
        { data: 'Served certificate expires', header: true },
        { data: 'Detail', header: true },
      ],
      ...report.hosts.map((host) => [
        escape(host.target),
        host.status,
        host.servedNotAfter ?? '—',
        escape(host.reason ?? '—'),
      ]),
    ]);
  }
  await summary.write();
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
