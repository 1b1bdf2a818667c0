// Alibaba Cloud CDN (OpenAPI 2018-05-10): the certificate on each accelerated domain.
import { deployToEdgeDomains, firstCertInfo } from './aliyun-edge-domains.js';
import type { CloudContext } from './cloud-context.js';
import type { TargetResult } from './target-result.js';

interface CdnCertInfo {
  ServerCertificateStatus?: string;
  ServerCertificate?: string;
  CertExpireTime?: string;
}

export function deployToCdn(context: CloudContext): Promise<TargetResult[]> {
  return deployToEdgeDomains(
    {
      kind: 'cdn',
      name: 'CDN',
      input: 'aliyun-cdn-domains',
      endpoint: context.config.endpoints.cdn,
      endpointInput: 'aliyun-cdn-endpoint',
      apiVersion: '2018-05-10',
      describeAction: 'DescribeDomainCertificateInfo',
      setAction: 'SetCdnDomainSSLCertificate',
      ramNamespace: 'cdn',
      served(response) {
        const info = firstCertInfo<CdnCertInfo>(response);
        return { https: info?.ServerCertificateStatus === 'on', pem: info?.ServerCertificate, expires: info?.CertExpireTime };
      },
    },
    context.config.cdnDomains,
    context,
  );
}
