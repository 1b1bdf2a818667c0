// A stand-in for the Alibaba Cloud Server Load Balancer OpenAPI (CLB, RPC style, 2014-05-15) on
// 127.0.0.1 that the real @alicloud/pop-core talks to unmodified: the gateway checks of
// rpc-double.ts, load balancers with their listeners and the server certificates of each region as
// state, and the real response shapes.
import { randomBytes } from 'node:crypto';
import { ApiError, invalid, missing, startRpcDouble, type RpcDouble, type RpcDoubleCredentials } from './rpc-double.js';
import { checkUpload, isoSeconds, type UploadedPem } from './pem.js';

export interface SlbListenerSpec {
  port: number;
  protocol: 'http' | 'https' | 'tcp' | 'udp';
  serverCertificateId?: string;
}

export interface SlbServerOptions extends RpcDoubleCredentials {
  loadBalancers: Array<{ region: string; id: string; listeners: SlbListenerSpec[] }>;
}

export interface SlbServerCertificate extends UploadedPem {
  id: string;
  region: string;
  name: string;
  createdAt: number;
}

export interface SlbServer extends RpcDouble {
  serverCertificates(): SlbServerCertificate[];
  /** The server certificate an HTTPS listener uses. */
  listenerCertificate(region: string, loadBalancerId: string, port: number): string | undefined;
}

const NAME = /^[A-Za-z][A-Za-z0-9._-]{0,79}$/;
const lbNotFound = () => new ApiError(400, 'InvalidLoadBalancerId.NotFound', 'The specified LoadBalancerId does not exist.');
const listenerNotFound = () => new ApiError(400, 'InvalidParameter', 'The specified resource does not exist.');

export async function startSlbServer(options: SlbServerOptions): Promise<SlbServer> {
  const now = options.now ?? Date.now;
  const balancers = options.loadBalancers.map((balancer) => ({ ...balancer, listeners: balancer.listeners.map((listener) => ({ ...listener })) }));
  const certificates: SlbServerCertificate[] = [];

  const regionOf = (params: Record<string, string>) => {
    if (!params.RegionId) throw missing('RegionId');
    return params.RegionId;
  };
  const httpsListener = (params: Record<string, string>) => {
    const region = regionOf(params);
    if (!params.LoadBalancerId) throw missing('LoadBalancerId');
    if (!params.ListenerPort) throw missing('ListenerPort');
    // A load balancer is only found through its own region's RegionId.
    const balancer = balancers.find((candidate) => candidate.id === params.LoadBalancerId && candidate.region === region);
    if (!balancer) throw lbNotFound();
    const listener = balancer.listeners.find((candidate) => candidate.port === Number(params.ListenerPort));
    if (!listener || listener.protocol !== 'https') throw listenerNotFound();
    return listener;
  };
  const describe = (certificate: SlbServerCertificate) => ({
    ServerCertificateId: certificate.id,
    ServerCertificateName: certificate.name,
    RegionId: certificate.region,
    Fingerprint: certificate.sha1.toLowerCase().match(/../g)?.join(':'),
    CommonName: certificate.commonName,
    SubjectAlternativeNames: { SubjectAlternativeName: certificate.sans },
    CreateTime: isoSeconds(new Date(certificate.createdAt)),
    CreateTimeStamp: certificate.createdAt,
    ExpireTime: isoSeconds(new Date(certificate.leaf.validTo)),
    ExpireTimeStamp: new Date(certificate.leaf.validTo).getTime(),
    IsAliCloudCertificate: 0,
    ResourceGroupId: 'rg-acfm000000000',
  });

  const double = await startRpcDouble({
    ...options,
    version: '2014-05-15',
    hostId: 'slb.aliyuncs.com',
    product: 'Slb',
    actions: {
      DescribeLoadBalancerHTTPSListenerAttribute(params) {
        const listener = httpsListener(params);
        return {
          ListenerPort: listener.port,
          BackendServerPort: 80,
          Bandwidth: -1,
          Status: 'running',
          Scheduler: 'wrr',
          StickySession: 'off',
          HealthCheck: 'on',
          XForwardedFor: 'on',
          Gzip: 'on',
          EnableHttp2: 'on',
          TLSCipherPolicy: 'tls_cipher_policy_1_0',
          RequestTimeout: 60,
          IdleTimeout: 15,
          AclStatus: 'off',
          ...(listener.serverCertificateId ? { ServerCertificateId: listener.serverCertificateId } : {}),
        };
      },

      SetLoadBalancerHTTPSListenerAttribute(params) {
        const listener = httpsListener(params);
        if (params.ServerCertificateId !== undefined) {
          const known = certificates.some((certificate) => certificate.id === params.ServerCertificateId && certificate.region === params.RegionId);
          if (!known) throw new ApiError(400, 'ServerCertificateId.NotFound', 'The specified ServerCertificateId does not exist.');
          listener.serverCertificateId = params.ServerCertificateId;
        }
        return {};
      },

      UploadServerCertificate(params) {
        const region = regionOf(params);
        if (!params.ServerCertificate) throw missing('ServerCertificate');
        if (!params.PrivateKey) throw missing('PrivateKey');
        if (params.ServerCertificateName !== undefined && !NAME.test(params.ServerCertificateName)) throw invalid('ServerCertificateName');
        const pem = checkUpload(params.ServerCertificate, params.PrivateKey, (message) => new ApiError(400, 'InvalidServerCertificate', message));
        const id = `${randomBytes(8).toString('hex')}_${Date.now().toString(16)}_${randomBytes(4).readUInt32BE()}_${region}`;
        const certificate: SlbServerCertificate = { ...pem, id, region, name: params.ServerCertificateName ?? id, createdAt: now() };
        certificates.push(certificate);
        return describe(certificate);
      },

      DescribeServerCertificates(params) {
        const region = regionOf(params);
        const matching = certificates.filter(
          (certificate) => certificate.region === region && (!params.ServerCertificateId || certificate.id === params.ServerCertificateId),
        );
        return { ServerCertificates: { ServerCertificate: matching.map(describe) } };
      },
    },
  });

  return {
    ...double,
    serverCertificates: () => [...certificates],
    listenerCertificate: (region, loadBalancerId, port) =>
      balancers.find((balancer) => balancer.region === region && balancer.id === loadBalancerId)?.listeners.find((listener) => listener.port === port)
        ?.serverCertificateId,
  };
}
