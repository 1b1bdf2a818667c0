// What CDN and DCDN share: each accelerated domain is asked which certificate it serves, gets ours
// (HTTPS on) only when that differs, and is read back until it shows the new serial and expiry.
import { createRpcCall, type RpcCall } from '../alicloud/rpc-client.js';
import { leafOf, sameLeaf, sameSecond, serving } from './cloud-certificate.js';
import { readBack, settle, type CloudContext } from './cloud-context.js';
import type { TargetResult } from './target-result.js';

/** What a domain serves, in the service's own fields. */
export interface ServedCertificate {
  https: boolean;
  pem?: string;
  expires?: string;
}

export interface EdgeService {
  /** `cdn` or `dcdn`: the prefix of target names. */
  kind: string;
  /** The service's name in messages. */
  name: string;
  input: string;
  endpoint: string;
  endpointInput: string;
  apiVersion: string;
  describeAction: string;
  setAction: string;
  /** The RAM namespace of the actions, e.g. cdn. */
  ramNamespace: string;
  /** The domain's entry of the describe answer. */
  served(response: unknown): ServedCertificate;
}

export async function deployToEdgeDomains(service: EdgeService, domains: readonly string[], context: CloudContext): Promise<TargetResult[]> {
  const call = createRpcCall({
    service: service.name,
    endpoint: service.endpoint,
    endpointInput: service.endpointInput,
    apiVersion: service.apiVersion,
    credentials: context.credentials,
    log: context.log,
    retry: context.retry,
    ramAdvice: (action) =>
      `may not call ${service.ramNamespace}:${action}; grant it a policy allowing ${service.ramNamespace}:${service.describeAction} and ${service.ramNamespace}:${service.setAction}`,
    explain: (_action, code) =>
      code === 'InvalidDomain.NotFound' || code === 'InvalidDomain.Offline'
        ? `the domain is not ${code.endsWith('Offline') ? 'online' : 'one'} of this account's ${service.name} domains; add it in the ${service.name} console, or remove it from ${service.input}`
        : undefined,
  });
  const results: TargetResult[] = [];
  for (const domain of domains) {
    const target = `${service.kind}:${domain}`;
    results.push(await settle(target, context.log, () => deployDomain(service, call, domain, target, context)));
  }
  return results;
}

async function deployDomain(service: EdgeService, call: RpcCall, domain: string, target: string, context: CloudContext): Promise<TargetResult> {
  const { certificate } = context;
  const describe = async () => service.served(await call(service.describeAction, { DomainName: domain }));
  const before = await describe();
  if (before.https && sameLeaf(before.pem, certificate) && !context.force) {
    return serving(target, 'skipped', certificate, 'already serves this certificate');
  }
  if (context.dryRun) return { target, status: 'would-deploy', reason: before.https ? 'serves another certificate' : 'HTTPS is off' };
  await call(service.setAction, {
    DomainName: domain,
    SSLProtocol: 'on',
    CertType: 'upload',
    CertName: certificate.uploadName,
    SSLPub: certificate.fullchainPem,
    SSLPri: certificate.keyPem,
  });
  const mismatch = await readBack(context, async () => {
    const after = await describe();
    if (!after.https) return 'shows HTTPS off';
    const leaf = after.pem ? leafOf(after.pem) : undefined;
    if (!sameLeaf(after.pem, certificate)) return `serves serial ${leaf?.serialNumber ?? 'none'}`;
    if (!after.expires || !sameSecond(new Date(after.expires), certificate.notAfter)) return `shows expiry ${after.expires ?? 'none'}`;
    return undefined;
  });
  if (mismatch) return { target, status: 'failed', reason: `certificate set, but the domain still ${mismatch} instead of serial ${certificate.serial}` };
  return serving(target, 'deployed', certificate);
}

/** The first CertInfo of a `{ CertInfos: { CertInfo: [...] } }` answer, as both services send it. */
export function firstCertInfo<T>(response: unknown): T | undefined {
  return (response as { CertInfos?: { CertInfo?: T[] } }).CertInfos?.CertInfo?.[0];
}
