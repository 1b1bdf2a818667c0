// What a notification says about a run, independent of where it goes: the facts, the events they
// amount to, and one short text that every chat service can show.
import type { NotifyConfig, NotifyEvent } from './notify-config.js';

export type NoticeResult = 'issued' | 'renewed' | 'adopted' | 'unchanged' | 'monitored' | 'failed';

/** A certificate someone depends on: the managed one, or one a watched or deployed host serves. */
export interface CertificateSeen {
  /** `certificate <name>` or the host:port that served it. */
  readonly where: string;
  readonly daysLeft: number;
  readonly notAfter: string;
}

export interface Notice {
  readonly result: NoticeResult;
  readonly dryRun: boolean;
  readonly certificateName?: string;
  readonly names: readonly string[];
  readonly serial?: string;
  readonly notAfter?: string;
  readonly daysLeft?: number;
  /** Hosts a deployment failed on, watched hosts that could not be read. */
  readonly failedTargets: readonly string[];
  readonly certificates: readonly CertificateSeen[];
  /** Why the run failed, when it did. */
  readonly problem?: string;
  readonly runUrl?: string;
}

/** The events a run amounts to; `always` is not one of them but matches each. */
export function noticeEvents(notice: Notice, expiringDays: number): NotifyEvent[] {
  const events: NotifyEvent[] = [];
  if (notice.result === 'failed' || notice.failedTargets.length > 0) events.push('failure');
  if (!notice.dryRun && (notice.result === 'issued' || notice.result === 'renewed')) events.push('renewal');
  if (expiringSoon(notice, expiringDays).length > 0) events.push('expiring');
  return events;
}

export function shouldNotify(notice: Notice, config: NotifyConfig): boolean {
  if (config.channels.length === 0) return false;
  const events = noticeEvents(notice, config.expiringDays);
  if (config.on.includes('always')) return true;
  return events.some((event) => event === 'failure' || config.on.includes(event));
}

export function expiringSoon(notice: Notice, expiringDays: number): CertificateSeen[] {
  return notice.certificates.filter((seen) => seen.daysLeft < expiringDays);
}

export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}

/** A one-line headline: what happened, to which certificate. */
export function noticeTitle(notice: Notice, expiringDays: number): string {
  const subject = notice.certificateName ? `certificate ${notice.certificateName}` : 'watched certificates';
  if (notice.result === 'failed') return `ACME deploy failed: ${subject}`;
  if (notice.failedTargets.length > 0) return `ACME deploy: ${subject} ${notice.result}, ${notice.failedTargets.length} target(s) failed`;
  const soon = expiringSoon(notice, expiringDays);
  if (soon.length > 0) return `ACME deploy: ${soon.length} certificate(s) expire within ${expiringDays} days`;
  return `ACME deploy: ${subject} ${notice.result}${notice.dryRun ? ' (dry run)' : ''}`;
}

/** Markdown lines that read well as plain text too (Slack, DingTalk, WeCom and Feishu's text). */
export function noticeLines(notice: Notice, expiringDays: number): string[] {
  const lines: string[] = [];
  if (notice.problem) lines.push(`Problem: ${notice.problem}`);
  if (notice.names.length > 0) lines.push(`Names: ${notice.names.join(', ')}`);
  if (notice.serial) lines.push(`Serial: ${notice.serial}`);
  if (notice.notAfter) lines.push(`Not after: ${notice.notAfter} (${notice.daysLeft} days left)`);
  for (const seen of expiringSoon(notice, expiringDays)) {
    lines.push(`Expiring: ${seen.where} in ${seen.daysLeft} days (${seen.notAfter})`);
  }
  if (notice.failedTargets.length > 0) lines.push(`Failed targets: ${notice.failedTargets.join(', ')}`);
  if (notice.runUrl) lines.push(`Run: ${notice.runUrl}`);
  return lines;
}
