// Deployment across all hosts: a few at a time, each on its own, so one broken host never keeps the
// certificate from the others.
import type { Log } from '../util/log.js';
import type { DeployConfig } from './deploy-config.js';
import { deployHost, remotePaths, type CertificateBundle, type HostOptions, type HostResult } from './deploy-host.js';
import { readRemoteFile } from './remote-files.js';
import { SshSession, warnIfInsecure } from './ssh-session.js';

export type { CertificateBundle, HostResult } from './deploy-host.js';

export async function deployCertificate(
  bundle: CertificateBundle,
  config: DeployConfig,
  options: HostOptions,
): Promise<HostResult[]> {
  const { log } = options;
  if (config.mode === 'never' || config.targets.length === 0) {
    log.info('Deployment is off (deploy: never, or no hosts).');
    return [];
  }
  warnIfInsecure(config.hostKeys, log);
  const results = await mapPool(config.targets, config.concurrency, async (target): Promise<HostResult> =>
    options.signal?.aborted
      ? { target: target.label, status: 'failed', reason: 'not started: the run stopped' }
      : deployHost(target, bundle, config, options),
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
 * certificate. Read-only; a host that cannot be read is passed over.
 */
export async function readDeployedFiles(config: DeployConfig, certName: string, log: Log): Promise<DeployedFiles[]> {
  warnIfInsecure(config.hostKeys, log);
  const found = await mapPool(config.targets, config.concurrency, async (target): Promise<DeployedFiles | undefined> => {
    const paths = remotePaths(target, certName);
    let session: SshSession | undefined;
    try {
      session = await SshSession.open(target, config, log);
      const sftp = await session.sftp();
      const cert = await readRemoteFile(sftp, paths.cert);
      const key = cert && (await readRemoteFile(sftp, paths.key));
      if (cert && key) return { target: target.label, certPath: paths.cert, keyPath: paths.key, cert, key };
      log.info(`${target.label}: no deployed certificate and key at ${paths.cert} and ${paths.key}.`);
    } catch (error) {
      log.info(`${target.label}: cannot read the deployed certificate: ${(error as Error).message}`);
    } finally {
      session?.close();
    }
    return undefined;
  });
  return found.filter((files) => files !== undefined);
}

/** Runs `work` over `items` with at most `limit` at once; results keep the order of `items`. */
async function mapPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
