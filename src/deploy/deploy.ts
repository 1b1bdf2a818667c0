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

/**
 * The certificate and key deployed on the first host, in the order given, that has both: lets a run
 * whose cached state was lost adopt what it deployed before instead of ordering a new certificate.
 * Read-only; a host that cannot be read is passed over.
 */
export async function fetchDeployedCertificate(
  config: DeployConfig,
  certName: string,
  log: Log,
): Promise<{ target: string; fullchainPem: string; keyPem?: string } | undefined> {
  warnIfInsecure(config.hostKeys, log);
  for (const target of config.targets) {
    let session: SshSession | undefined;
    try {
      const paths = remotePaths(target, certName);
      session = await SshSession.open(target, config, log);
      const sftp = await session.sftp();
      const fullchain = await readRemoteFile(sftp, paths.cert);
      const key = fullchain && (await readRemoteFile(sftp, paths.key));
      if (fullchain && key) return { target: target.label, fullchainPem: fullchain.toString('utf8'), keyPem: key.toString('utf8') };
      log.info(`${target.label}: no deployed certificate and key at ${paths.cert} and ${paths.key}.`);
    } catch (error) {
      log.info(`${target.label}: cannot read the deployed certificate: ${(error as Error).message}`);
    } finally {
      session?.close();
    }
  }
  return undefined;
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
