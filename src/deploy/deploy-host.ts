// The deployment of one certificate to one host: compare, replace, reload, verify, and on any
// failure after the files were replaced, put the previous files back and reload them, so a host
// that fails is left serving what it served before.
import { createHash, type X509Certificate } from 'node:crypto';
import { posix } from 'node:path';
import type { SFTPWrapper } from 'ssh2';
import { leafCertificate } from '../acme/certificate-info.js';
import type { Log } from '../util/log.js';
import { settleAll } from '../util/settle-all.js';
import { untrustedLine } from '../util/untrusted-text.js';
import type { TargetResult } from './target-result.js';
import { resolveRemotePath, type DeployConfig, type DeployTarget } from './deploy-config.js';
import { readRemoteFile, removeLeftovers, replaceFiles, statRemote, type RemoteFile, type Replacement } from './remote-files.js';
import { resolveOwner, type RemoteOwner } from './remote-owner.js';
import type { SshSession, ExecResult } from './ssh-session.js';
import type { SshSessions } from './ssh-sessions.js';
import { verificationName, waitForServedCertificate, type ServedOutcome } from './verify-tls.js';

export interface CertificateBundle {
  /** lego's file name of the certificate; replaces `<name>` in the remote paths. */
  name: string;
  domains: string[];
  fullchainPem: string;
  issuerPem: string;
  /** Undefined when the certificate came from the user's CSR: the key is not ours to deploy. */
  keyPem?: string;
}

/** An SSH host's result; its target is the host's label, `host:port`. */
export type HostResult = TargetResult;

export interface HostOptions {
  dryRun: boolean;
  log: Log;
  /** The run's connections: the session stays open for whoever comes next, and is closed with them. */
  sessions: SshSessions;
  /** The run's stop: no new step starts, files already replaced are put back. */
  signal?: AbortSignal;
}

const CERT_MODE = 0o644;
const KEY_MODE = 0o600;
/** stderr lines of a failed reload worth quoting in the report. */
const STDERR_LINES = 5;

/** Never rejects: whatever goes wrong on the host becomes its `failed` result. */
export async function deployHost(
  target: DeployTarget,
  bundle: CertificateBundle,
  config: DeployConfig,
  options: HostOptions,
): Promise<HostResult> {
  const { log } = options;
  try {
    const session = await options.sessions.get(target);
    return await new HostDeployment(session, target, bundle, config, options).run();
  } catch (error) {
    return failed(target, (error as Error).message, log);
  }
}

/** The remote paths of a certificate's files on a target. */
export function remotePaths(target: DeployTarget, certName: string): { cert: string; key: string; issuer?: string } {
  return {
    cert: resolveRemotePath(target.certPath, certName),
    key: resolveRemotePath(target.keyPath, certName),
    ...(target.issuerPath ? { issuer: resolveRemotePath(target.issuerPath, certName) } : {}),
  };
}

class HostDeployment {
  private readonly log: Log;
  private readonly paths: ReturnType<typeof remotePaths>;
  constructor(
    private readonly session: SshSession,
    private readonly target: DeployTarget,
    private readonly bundle: CertificateBundle,
    private readonly config: DeployConfig,
    private readonly options: HostOptions,
  ) {
    this.log = options.log;
    this.paths = remotePaths(target, bundle.name);
  }

  async run(): Promise<HostResult> {
    const sftp = await this.session.sftp();
    const owner = this.config.remoteOwner ? await resolveOwner(this.config.remoteOwner, (command) => this.exec(command)) : undefined;
    const files = this.files();
    // A killed run's temporary files are not worth keeping even when this run has nothing to replace.
    // They are cleared while the files are compared. Clearing changes a target only by putting back
    // a file that run had moved aside; a comparison that found the target missing then deploys, as
    // the file put back (the one that run was replacing) would almost always have called for too.
    const cleared = this.options.dryRun ? Promise.resolve() : removeLeftovers(sftp, files.map((file) => file.path));
    const compared = this.config.mode === 'changed' ? firstDifference(sftp, files, owner) : Promise.resolve('deploy is always');
    const [, why] = await settleAll<[void, string | undefined]>([cleared, compared]);
    if (why === undefined) return this.result('skipped', 'already has this certificate');
    if (this.options.dryRun) return this.result('would-deploy', why);
    this.options.signal?.throwIfAborted();
    this.info(`deploying: ${why}`);

    const replacement = await replaceFiles(sftp, files, owner, { signal: this.options.signal, reconnect: () => this.reconnect() });
    this.info(`replaced ${files.map((file) => file.path).join(', ')}`);
    const reloadCommand = this.target.reloadCommand;
    if (!reloadCommand) {
      await this.keepBackups(replacement);
      // Nothing told the server to reread its files, so it would still serve the old certificate
      // and a TLS check could only fail; the files are what this deployment is about.
      return this.result('deployed', 'no reload-command: the server uses the new files from its next reload');
    }

    if (this.options.signal?.aborted) return this.rollBack(replacement, reloadCommand, 'the run stopped before the reload');
    const reloadProblem = await this.reload(reloadCommand);
    if (reloadProblem) return this.rollBack(replacement, reloadCommand, reloadProblem);
    let servedNotAfter: string | undefined;
    if (this.config.verifyTls) {
      const outcome = await this.checkServed(false);
      if (!outcome.ok) return this.rollBack(replacement, reloadCommand, `verification failed: ${outcome.problem}`);
      servedNotAfter = notAfter(outcome.served);
      this.info(`serves the new certificate on port ${this.target.verifyPort}`);
    }
    await this.keepBackups(replacement);
    return { ...this.result('deployed'), ...(servedNotAfter ? { servedNotAfter } : {}) };
  }

  private async reconnect(): Promise<SFTPWrapper> {
    this.info('reconnecting to undo the upload');
    // The run's connection to the host was dropped for the stuck request: the pool opens a new one.
    return (await this.options.sessions.get(this.target)).sftp();
  }

  private files(): RemoteFile[] {
    const { bundle, paths } = this;
    return [
      { path: paths.cert, data: Buffer.from(bundle.fullchainPem), mode: CERT_MODE },
      ...(bundle.keyPem !== undefined ? [{ path: paths.key, data: Buffer.from(bundle.keyPem), mode: KEY_MODE }] : []),
      ...(paths.issuer ? [{ path: paths.issuer, data: Buffer.from(bundle.issuerPem), mode: CERT_MODE }] : []),
    ];
  }

  /** Undefined when the reload command succeeded, else why not. */
  private async reload(command: string): Promise<string | undefined> {
    let result: ExecResult;
    try {
      result = await this.exec(command, this.reloadEnv());
    } catch (error) {
      return (error as Error).message;
    }
    if (result.stdout.trim()) this.log.debug(`${this.target.label}: reload-command output:\n${result.stdout.trimEnd()}`);
    if (result.stderr.trim()) this.log.debug(`${this.target.label}: reload-command errors:\n${result.stderr.trimEnd()}`);
    if (result.code === 0) {
      this.info('reload-command succeeded');
      return undefined;
    }
    const status =
      result.code !== null
        ? `exited ${result.code}`
        : result.signal
          ? `was killed by signal ${result.signal}`
          : 'ended without an exit status (connection lost?)';
    const tail = lastLines(result.stderr) || lastLines(result.stdout);
    return `reload-command ${status}${tail ? `: ${tail}` : ''}`;
  }

  private async rollBack(replacement: Replacement, reloadCommand: string, problem: string): Promise<HostResult> {
    this.info(`${problem}; restoring the previous files`);
    try {
      await replacement.restore();
    } catch (error) {
      return failed(this.target, `${problem}; restoring the previous files failed: ${(error as Error).message}`, this.log);
    }
    // A stopping run has seconds left: the old files are back, the next reload picks them up.
    if (this.options.signal?.aborted) return failed(this.target, `${problem}; previous files restored, not reloaded (the run stopped)`, this.log);
    const again = await this.reload(reloadCommand);
    const parts = [problem, again ? `previous files restored, but reloading them failed too (${again})` : 'previous files restored and reloaded'];
    if (!this.config.verifyTls) return failed(this.target, parts.join('; '), this.log);
    // What the host serves now is what its users get: worth knowing whether the reload worked or not.
    const served = await this.checkServed(true);
    parts.push(served.ok ? `serving serial ${served.served.serialNumber} again` : served.problem);
    return {
      ...failed(this.target, parts.join('; '), this.log),
      ...(served.served ? { servedNotAfter: notAfter(served.served) } : {}),
    };
  }

  /** Waits until the host serves the new certificate, or with `gone`, until it no longer does. */
  private checkServed(gone: boolean): Promise<ServedOutcome> {
    return waitForServedCertificate({
      host: this.target.host,
      port: this.target.verifyPort,
      servername: this.target.verifyName ?? verificationName(this.bundle.domains),
      leaf: leafCertificate(this.bundle.fullchainPem),
      gone,
      timeoutMs: this.config.timeoutMs,
      dial: () => this.session.openTcp(this.target.verifyPort),
    });
  }

  private async keepBackups(replacement: Replacement): Promise<void> {
    // The new certificate is live either way; only the manual-rollback copy is at stake.
    await replacement.commit().catch((error: Error) => this.log.warning(`${this.target.label}: ${error.message}`));
  }

  /** lego's hook variables, which reload scripts written for lego already read. */
  private reloadEnv(): Record<string, string> {
    const { paths } = this;
    return {
      LEGO_CERT_DOMAIN: this.bundle.domains[0],
      LEGO_CERT_PATH: paths.cert,
      ...(this.bundle.keyPem !== undefined ? { LEGO_CERT_KEY_PATH: paths.key } : {}),
      ...(paths.issuer ? { LEGO_ISSUER_CERT_PATH: paths.issuer } : {}),
    };
  }

  private exec(command: string, env?: Record<string, string>): Promise<ExecResult> {
    return this.session.exec(command, { timeoutMs: this.config.timeoutMs, signal: this.options.signal, ...(env ? { env } : {}) });
  }

  private result(status: HostResult['status'], reason?: string): HostResult {
    this.info(reason ? `${status} (${reason})` : status);
    return { target: this.target.label, status, ...(reason ? { reason } : {}) };
  }

  private info(message: string): void {
    this.log.info(`${this.target.label}: ${message}`);
  }
}

/** Why the host's files are not exactly the ones `files` describes, or undefined when they are. */
async function firstDifference(sftp: SFTPWrapper, files: readonly RemoteFile[], owner: RemoteOwner | undefined): Promise<string | undefined> {
  // Every file is looked at at once: over a long link the round trips, not the bytes, are the time.
  // In order, though: a file that cannot be read matters only when the ones before it are the same.
  const looks = await Promise.allSettled(files.map((file) => difference(sftp, file, owner)));
  for (const look of looks) {
    if (look.status === 'rejected') throw look.reason;
    if (look.value !== undefined) return look.value;
  }
  return undefined;
}

/** How the host's copy of `file` differs from it, if it does. */
async function difference(sftp: SFTPWrapper, file: RemoteFile, owner: RemoteOwner | undefined): Promise<string | undefined> {
  const name = posix.basename(file.path);
  const [stats, content] = await Promise.all([statRemote(sftp, file.path), readRemoteFile(sftp, file.path)]);
  if (!stats) return `${file.path} does not exist`;
  if (!content || sha256(content) !== sha256(file.data)) return `${name} differs from the new one`;
  const mode = stats.mode & 0o7777;
  if (mode !== file.mode) return `${name} has mode ${octal(mode)} instead of ${octal(file.mode)}`;
  if (owner && (stats.uid !== owner.uid || (owner.gid !== undefined && stats.gid !== owner.gid))) {
    return `${name} is owned by ${stats.uid}:${stats.gid}, not ${owner.spec}`;
  }
  return undefined;
}

function failed(target: DeployTarget, problem: string, log: Log): HostResult {
  // Reasons quote the host (its stderr, its disconnect message) and end up in one-line places: the
  // report's table, the deployments output.
  const reason = untrustedLine(problem);
  // Not an error annotation: the run's report raises one per failed host.
  log.info(`${target.label}: failed: ${reason}`);
  return { target: target.label, status: 'failed', reason };
}

function notAfter(certificate: X509Certificate): string {
  return new Date(certificate.validTo).toISOString();
}

function lastLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-STDERR_LINES)
    .join(' | ');
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function octal(mode: number): string {
  return `0${mode.toString(8)}`;
}
