// Deployment to Alibaba Cloud services, beside the SSH hosts: each target kind lives in its own
// module, loaded only when configured, and each target succeeds or fails on its own.
import type { RetryTuning } from '../alicloud/rpc-client.js';
import type { Log } from '../util/log.js';
import { toCloudCertificate } from './cloud-certificate.js';
import { hasCloudTargets, type CloudConfig } from './cloud-config.js';
import type { CloudContext } from './cloud-context.js';
import type { CertificateBundle } from './deploy-host.js';
import type { TargetResult } from './target-result.js';

export interface CloudOutcome {
  readonly results: readonly TargetResult[];
  /** The SSL Certificates Service's id of the certificate, when `aliyun-cas` is on. */
  readonly casCertId?: string;
}

export interface CloudOptions {
  dryRun: boolean;
  /** `deploy: always`. */
  force: boolean;
  log: Log;
  retry?: RetryTuning;
  readBackDelayMs?: number;
}

export const NO_CLOUD: CloudOutcome = { results: [] };

export async function deployToCloud(bundle: CertificateBundle, config: CloudConfig, options: CloudOptions): Promise<CloudOutcome> {
  if (!hasCloudTargets(config) || !config.credentials) return NO_CLOUD;
  const { keyPem } = bundle;
  if (!keyPem) {
    // A CSR's certificate comes without its key, and every service needs the key.
    const reason = 'the certificate came from a CSR, so there is no private key to give the service';
    return { results: cloudTargetNames(config, bundle.name).map((target) => ({ target, status: 'failed', reason })) };
  }
  const context: CloudContext = {
    certificate: toCloudCertificate({ ...bundle, keyPem }),
    certificateName: bundle.name,
    config,
    credentials: config.credentials,
    ...options,
  };
  const results: TargetResult[] = [];
  let casCertId: string | undefined;
  if (config.cas) {
    const cas = await import('./aliyun-cas.js');
    const outcome = await cas.deployToCas(context);
    results.push(outcome.result);
    casCertId = outcome.certId;
  }
  if (config.cdnDomains.length > 0) results.push(...(await (await import('./aliyun-cdn.js')).deployToCdn(context)));
  if (config.dcdnDomains.length > 0) results.push(...(await (await import('./aliyun-dcdn.js')).deployToDcdn(context)));
  if (config.slbListeners.length > 0) results.push(...(await (await import('./aliyun-slb.js')).deployToSlb(context)));

  const count = (status: TargetResult['status']) => results.filter((result) => result.status === status).length;
  const done = options.dryRun ? `${count('would-deploy')} would be deployed` : `${count('deployed')} deployed`;
  options.log.info(`Alibaba Cloud: ${done}, ${count('skipped')} up to date, ${count('failed')} failed.`);
  // Only once every target uses the new certificate may the old uploads go.
  if (config.casCleanup && casCertId && !options.dryRun && count('failed') === 0) {
    await (await import('./aliyun-cas.js')).cleanUpCas(context, casCertId);
  }
  return { results, ...(casCertId ? { casCertId } : {}) };
}

function cloudTargetNames(config: CloudConfig, certificateName: string): string[] {
  return [
    ...(config.cas ? [`cas:${certificateName}`] : []),
    ...config.cdnDomains.map((domain) => `cdn:${domain}`),
    ...config.dcdnDomains.map((domain) => `dcdn:${domain}`),
    ...config.slbListeners.map((listener) => listener.label),
  ];
}
