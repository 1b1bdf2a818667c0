// Alibaba Cloud Server Load Balancer (CLB, OpenAPI 2014-05-15): the certificate is uploaded once
// per region as a server certificate (reused when one with the same fingerprint is there) and set
// on each HTTPS listener that does not use it yet, then read back.
import { AliCloudError, createRpcCall, type RpcCall } from '../alicloud/rpc-client.js';
import { sameSecond, serving } from './cloud-certificate.js';
import { REGION_PLACEHOLDER, type SlbListener } from './cloud-config.js';
import { readBack, settle, type CloudContext } from './cloud-context.js';
import type { TargetResult } from './target-result.js';

const API_VERSION = '2014-05-15';
const RAM_ACTIONS = [
  'slb:DescribeServerCertificates',
  'slb:UploadServerCertificate',
  'slb:DescribeLoadBalancerHTTPSListenerAttribute',
  'slb:SetLoadBalancerHTTPSListenerAttribute',
];

/** What the API answers for a port with no listener, or with one that is not HTTPS. */
const LISTENER_MISSING = new Set(['InvalidParameter', 'ResourceNotFound', 'ListenerNotFound', 'InvalidListener.NotFound']);

interface ServerCertificate {
  ServerCertificateId: string;
  ServerCertificateName?: string;
  /** SHA-1, lowercase hex pairs separated by colons. */
  Fingerprint?: string;
  /** Milliseconds. */
  ExpireTimeStamp?: number;
}

interface ListenerAttributes {
  ServerCertificateId?: string;
}

export async function deployToSlb(context: CloudContext): Promise<TargetResult[]> {
  const results: TargetResult[] = [];
  const regions = new Map<string, RegionDeployment>();
  for (const listener of context.config.slbListeners) {
    let region = regions.get(listener.region);
    if (!region) regions.set(listener.region, (region = new RegionDeployment(listener.region, context)));
    results.push(await settle(listener.label, context.log, () => region.deploy(listener)));
  }
  return results;
}

/** The listeners of one region share its endpoint and one server certificate. */
class RegionDeployment {
  private readonly call: RpcCall;
  /** Looked up once per region; an upload made for one listener serves the next. */
  private serverCertificate?: Promise<ServerCertificate | undefined>;

  constructor(
    private readonly region: string,
    private readonly context: CloudContext,
  ) {
    this.call = createRpcCall({
      service: `SLB (${region})`,
      endpoint: context.config.endpoints.slb.split(REGION_PLACEHOLDER).join(region),
      endpointInput: 'aliyun-slb-endpoint',
      apiVersion: API_VERSION,
      credentials: context.credentials,
      log: context.log,
      retry: context.retry,
      ramAdvice: (action) => `may not call slb:${action}; grant it a policy allowing ${RAM_ACTIONS.join(', ')}`,
      explain: (_action, code) => explainSlb(code, region),
    });
  }

  async deploy(listener: SlbListener): Promise<TargetResult> {
    const { certificate } = this.context;
    const current = await this.listener(listener);
    const existing = await this.findServerCertificate();
    if (existing && current.ServerCertificateId === existing.ServerCertificateId && !this.context.force) {
      return serving(listener.label, 'skipped', certificate, `already uses server certificate ${existing.ServerCertificateId}`);
    }
    if (this.context.dryRun) {
      return { target: listener.label, status: 'would-deploy', reason: `uses server certificate ${current.ServerCertificateId ?? 'none'}` };
    }
    const serverCertificate = existing ?? (await this.upload());
    await this.call('SetLoadBalancerHTTPSListenerAttribute', {
      RegionId: this.region,
      LoadBalancerId: listener.loadBalancerId,
      ListenerPort: listener.port,
      ServerCertificateId: serverCertificate.ServerCertificateId,
    });
    const mismatch = await readBack(this.context, async () => {
      const after = await this.listener(listener);
      if (after.ServerCertificateId !== serverCertificate.ServerCertificateId) return `uses server certificate ${after.ServerCertificateId ?? 'none'}`;
      const stored = await this.serverCertificateById(serverCertificate.ServerCertificateId);
      if (normalFingerprint(stored?.Fingerprint) !== certificate.sha1) return `holds fingerprint ${stored?.Fingerprint ?? 'none'}`;
      if (stored?.ExpireTimeStamp === undefined || !sameSecond(new Date(stored.ExpireTimeStamp), certificate.notAfter)) {
        return `holds expiry ${stored?.ExpireTimeStamp === undefined ? 'none' : new Date(stored.ExpireTimeStamp).toISOString()}`;
      }
      return undefined;
    });
    if (mismatch) {
      return { target: listener.label, status: 'failed', reason: `certificate set, but the listener ${mismatch} instead of serial ${certificate.serial}` };
    }
    return serving(listener.label, 'deployed', certificate, `server certificate ${serverCertificate.ServerCertificateId}`);
  }

  private async listener(listener: SlbListener): Promise<ListenerAttributes> {
    try {
      return await this.call<ListenerAttributes>('DescribeLoadBalancerHTTPSListenerAttribute', {
        RegionId: this.region,
        LoadBalancerId: listener.loadBalancerId,
        ListenerPort: listener.port,
      });
    } catch (error) {
      if (error instanceof AliCloudError && LISTENER_MISSING.has(error.code)) {
        throw new Error(`${listener.loadBalancerId} has no HTTPS listener on port ${listener.port} (Code ${error.code}, RequestId ${error.requestId ?? 'none'})`);
      }
      throw error;
    }
  }

  private findServerCertificate(): Promise<ServerCertificate | undefined> {
    this.serverCertificate ??= this.serverCertificates().then((all) =>
      all.find((candidate) => normalFingerprint(candidate.Fingerprint) === this.context.certificate.sha1),
    );
    return this.serverCertificate;
  }

  private async upload(): Promise<ServerCertificate> {
    const { certificate } = this.context;
    const uploaded = await this.call<ServerCertificate>('UploadServerCertificate', {
      RegionId: this.region,
      // SLB names must start with a letter; a wildcard's name starts with `_`.
      ServerCertificateName: certificate.uploadName.replace(/^[^A-Za-z]/, 'c$&'),
      ServerCertificate: certificate.fullchainPem,
      PrivateKey: certificate.keyPem,
    });
    this.serverCertificate = Promise.resolve(uploaded);
    return uploaded;
  }

  private async serverCertificateById(id: string): Promise<ServerCertificate | undefined> {
    return (await this.serverCertificates(id)).find((candidate) => candidate.ServerCertificateId === id);
  }

  private async serverCertificates(id?: string): Promise<ServerCertificate[]> {
    const response = await this.call<{ ServerCertificates?: { ServerCertificate?: ServerCertificate[] } }>('DescribeServerCertificates', {
      RegionId: this.region,
      ...(id ? { ServerCertificateId: id } : {}),
    });
    return response.ServerCertificates?.ServerCertificate ?? [];
  }
}

function normalFingerprint(fingerprint: string | undefined): string | undefined {
  return fingerprint?.replace(/:/g, '').toUpperCase();
}

function explainSlb(code: string, region: string): string | undefined {
  if (code === 'InvalidLoadBalancerId.NotFound') {
    return `there is no such load balancer in region ${region}; check the region and the id in aliyun-slb-listeners`;
  }
  if (code === 'InvalidRegionId' || code === 'InvalidRegionId.NotFound') {
    return `${region} is not an SLB region; check aliyun-slb-listeners`;
  }
  return undefined;
}
