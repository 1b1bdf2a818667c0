// Deployment across all hosts: a few at a time, each on its own, so one broken host never keeps the
// certificate from the others.
import type { Log } from '../util/log.js';
import { mapPool } from '../util/map-pool.js';
import { deployTargets, type DeployConfig } from './deploy-config.js';
import { deployHost, remotePaths, type CertificateBundle, type HostOptions, type HostResult } from './deploy-host.js';
import { readRemoteFile } from './remote-files.js';
import { SshSessions } from './ssh-sessions.js';

export type { CertificateBundle, HostResult } from './deploy-host.js';

export interface DeployOptions extends Omit<HostOptions, 'sessions'> {
  /** The run's connections, shared with the HTTP-01 challenges; without it, connections of its own. */
  sessions?: SshSessions;
}

export async function deployCertificate(bundle: CertificateBundle, config: DeployConfig, options: DeployOptions): Promise<HostResult[]> {
  const { log } = options;
  const targets = deployTargets(config);
  if (targets.length === 0) {
    log.info('Deployment is off (deploy: never, or no hosts).');
    return [];
  }
  const results = await withSessions(config, options, (sessions) =>
    mapPool(targets, config.concurrency, async (target): Promise<HostResult> =>
      options.signal?.aborted
        ? { target: target.label, status: 'failed', reason: 'not started: the run stopped' }
        : deployHost(target, bundle, config, { ...options, sessions }),
    ),
  );
  const count = (status: HostResult['status']) => results.filter((result) => result.status === status).length;
  const done = options.dryRun ? `${count('would-deploy')} would be deployed` : `${count('deployed')} deployed`;
  log.info(`${options.dryRun ? 'Dry run' : 'Deployment'}: ${done}, ${count('skipped')} up to date, ${count('failed')} failed.`);
  return results;
}

/** A certificate file and its key as found on one host, unparsed. */
export interface DeployedFiles {
  readonly target: string;
  readonly certPath: string;
  readonly keyPath: string;
  readonly cert: Buffer;
  readonly key: Buffer;
}

/**
 * The certificate and key files deployed on every host that has both, in the order of the hosts,
 * read a few hosts at a time: lets a run adopt what it deployed before instead of ordering a new
 * certificate. Read-only; a host that cannot be read is passed over, and so is a host whose
 * certificate file is byte for byte `known` (the state's own): its key is not even read.
 */
export async function readDeployedFiles(
  config: DeployConfig,
  certName: string,
  log: Log,
  sessions?: SshSessions,
  known?: string,
): Promise<DeployedFiles[]> {
  const knownBytes = known === undefined ? undefined : Buffer.from(known);
  return withSessions(config, { log, sessions }, async (open) => {
    const found = await mapPool(deployTargets(config), config.concurrency, async (target): Promise<DeployedFiles | undefined> => {
      const paths = remotePaths(target, certName);
      try {
        const sftp = await (await open.get(target)).sftp();
        const cert = await readRemoteFile(sftp, paths.cert);
        if (cert && knownBytes?.equals(cert)) return undefined;
        const key = cert && (await readRemoteFile(sftp, paths.key));
        if (cert && key) return { target: target.label, certPath: paths.cert, keyPath: paths.key, cert, key };
        log.info(`${target.label}: no deployed certificate and key at ${paths.cert} and ${paths.key}.`);
      } catch (error) {
        log.info(`${target.label}: cannot read the deployed certificate: ${(error as Error).message}`);
      }
      return undefined;
    });
    return found.filter((files) => files !== undefined);
  });
}

async function withSessions<T>(
  config: DeployConfig,
  options: { log: Log; sessions?: SshSessions; signal?: AbortSignal },
  work: (sessions: SshSessions) => Promise<T>,
): Promise<T> {
  if (options.sessions) return work(options.sessions);
  const sessions = new SshSessions(config, options.log, options.signal);
  try {
    return await work(sessions);
  } finally {
    await sessions.closeAll();
  }
}

