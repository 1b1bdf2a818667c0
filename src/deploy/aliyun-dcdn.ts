// Alibaba Cloud DCDN (OpenAPI 2018-01-15): the certificate on each accelerated domain.
import { deployToEdgeDomains, firstCertInfo } from './aliyun-edge-domains.js';
import type { CloudContext } from './cloud-context.js';
import type { TargetResult } from './target-result.js';

interface DcdnCertInfo {
  SSLProtocol?: string;
  SSLPub?: string;
  CertExpireTime?: string;
}

export function deployToDcdn(context: CloudContext): Promise<TargetResult[]> {
  return deployToEdgeDomains(
    {
      kind: 'dcdn',
      name: 'DCDN',
      input: 'aliyun-dcdn-domains',
      endpoint: context.config.endpoints.dcdn,
      endpointInput: 'aliyun-dcdn-endpoint',
      apiVersion: '2018-01-15',
      describeAction: 'DescribeDcdnDomainCertificateInfo',
      setAction: 'SetDcdnDomainSSLCertificate',
      ramNamespace: 'dcdn',
      served(response) {
        const info = firstCertInfo<DcdnCertInfo>(response);
        return { https: info?.SSLProtocol === 'on', pem: info?.SSLPub, expires: info?.CertExpireTime };
      },
    },
    context.config.dcdnDomains,
    context,
  );
}
