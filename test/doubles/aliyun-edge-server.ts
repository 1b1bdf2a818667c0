// Stand-ins for the Alibaba Cloud CDN (2018-05-10) and DCDN (2018-01-15) OpenAPIs on 127.0.0.1 that
// the real @alicloud/pop-core talks to unmodified: the gateway checks of rpc-double.ts, the
// accelerated domains and the certificate each serves as state, and each service's own field names.
import { ApiError, invalid, missing, startRpcDouble, type RpcDouble, type RpcDoubleCredentials } from './rpc-double.js';
import { checkUpload, isoSeconds, type UploadedPem } from './pem.js';

export interface EdgeServerOptions extends RpcDoubleCredentials {
  /** The accelerated domains of the account, HTTPS off. */
  domains: string[];
}

export interface ServedCertificate extends UploadedPem {
  name: string;
  pem: string;
}

export interface EdgeServer extends RpcDouble {
  /** What each domain serves (undefined: HTTPS off). */
  served(domain: string): ServedCertificate | undefined;
}

interface EdgeApi {
  version: string;
  hostId: string;
  product: string;
  describe: string;
  set: string;
  /** The CertInfo entry in this service's field names. */
  certInfo(domain: string, served: ServedCertificate | undefined): object;
}

const notFound = () => new ApiError(404, 'InvalidDomain.NotFound', 'The domain provided does not belong to you.');

export function startCdnServer(options: EdgeServerOptions): Promise<EdgeServer> {
  return startEdgeServer(options, {
    version: '2018-05-10',
    hostId: 'cdn.aliyuncs.com',
    product: 'Cdn',
    describe: 'DescribeDomainCertificateInfo',
    set: 'SetCdnDomainSSLCertificate',
    certInfo: (domain, served) => ({
      DomainName: domain,
      ServerCertificateStatus: served ? 'on' : 'off',
      ...(served
        ? {
            ServerCertificate: served.pem,
            CertName: served.name,
            CertType: 'upload',
            CertDomainName: served.commonName,
            CertStartTime: isoSeconds(new Date(served.leaf.validFrom)),
            CertExpireTime: isoSeconds(new Date(served.leaf.validTo)),
            CertUpdateTime: isoSeconds(new Date()),
            CertLife: '3 months',
            CertOrg: 'Pebble',
            CertRegion: 'cn-hangzhou',
            Status: 'success',
            DomainCnameStatus: 'ok',
          }
        : {}),
    }),
  });
}

export function startDcdnServer(options: EdgeServerOptions): Promise<EdgeServer> {
  return startEdgeServer(options, {
    version: '2018-01-15',
    hostId: 'dcdn.aliyuncs.com',
    product: 'dcdn',
    describe: 'DescribeDcdnDomainCertificateInfo',
    set: 'SetDcdnDomainSSLCertificate',
    certInfo: (domain, served) => ({
      DomainName: domain,
      SSLProtocol: served ? 'on' : 'off',
      ...(served
        ? {
            SSLPub: served.pem,
            CertName: served.name,
            CertType: 'upload',
            CertDomainName: served.commonName,
            CertExpireTime: isoSeconds(new Date(served.leaf.validTo)),
            CertLife: '3 months',
            CertOrg: 'Pebble',
            CertRegion: 'cn-hangzhou',
            Status: 'success',
          }
        : {}),
    }),
  });
}

async function startEdgeServer(options: EdgeServerOptions, api: EdgeApi): Promise<EdgeServer> {
  const domains = new Map<string, ServedCertificate | undefined>(options.domains.map((domain) => [domain, undefined]));
  const domainOf = (params: Record<string, string>) => {
    if (!params.DomainName) throw missing('DomainName');
    if (!domains.has(params.DomainName)) throw notFound();
    return params.DomainName;
  };

  const double = await startRpcDouble({
    ...options,
    version: api.version,
    hostId: api.hostId,
    product: api.product,
    actions: {
      [api.describe](params) {
        const domain = domainOf(params);
        return { CertInfos: { CertInfo: [api.certInfo(domain, domains.get(domain))] } };
      },

      [api.set](params) {
        const domain = domainOf(params);
        if (!params.SSLProtocol) throw missing('SSLProtocol');
        if (params.SSLProtocol === 'off') {
          domains.set(domain, undefined);
          return {};
        }
        if (params.SSLProtocol !== 'on') throw invalid('SSLProtocol');
        // This double knows uploaded certificates only; `cas` needs a CertId from the other service.
        if ((params.CertType ?? 'upload') !== 'upload') throw invalid('CertType');
        if (!params.SSLPub) throw missing('SSLPub');
        if (!params.SSLPri) throw missing('SSLPri');
        const pem = checkUpload(params.SSLPub, params.SSLPri, (message) => new ApiError(400, 'Certificate.NotMatch', message));
        domains.set(domain, { ...pem, name: params.CertName ?? domain, pem: params.SSLPub });
        return {};
      },
    },
  });
  return { ...double, served: (domain) => domains.get(domain) };
}
