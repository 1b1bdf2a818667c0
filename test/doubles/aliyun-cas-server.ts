// A stand-in for the Alibaba Cloud SSL Certificates Service OpenAPI (CAS, RPC style, 2020-04-07)
// on 127.0.0.1 that the real @alicloud/pop-core talks to unmodified: the gateway checks of
// rpc-double.ts, the uploaded certificates as state, and the real response shapes.
import { randomBytes } from 'node:crypto';
import { ApiError, invalid, missing, paging, startRpcDouble, type RpcDouble, type RpcDoubleCredentials } from './rpc-double.js';
import { checkUpload, type UploadedPem } from './pem.js';

export type CasServerOptions = RpcDoubleCredentials;

export interface CasCertificate extends UploadedPem {
  id: number;
  name: string;
  cert: string;
  key: string;
}

export interface CasServer extends RpcDouble {
  certificates(): CasCertificate[];
  /** Marks a certificate as used by a cloud resource, as when a WAF or ALB references it. */
  use(certId: number, resource: { CloudProduct: string; Domain: string }): void;
}

const VERSION = '2020-04-07';
const DAY_MS = 86_400_000;

export async function startCasServer(options: CasServerOptions): Promise<CasServer> {
  const now = options.now ?? Date.now;
  const stored: CasCertificate[] = [];
  const uses = new Map<number, Array<{ CloudProduct: string; Domain: string }>>();
  let nextId = 12_000_001;

  const byId = (raw: string | undefined) => {
    if (!raw) throw missing('CertId');
    const certificate = stored.find((candidate) => candidate.id === Number(raw));
    if (!certificate) throw new ApiError(400, 'NotFound', `The certificate ${raw} does not exist.`);
    return certificate;
  };
  const expired = (certificate: CasCertificate) => new Date(certificate.leaf.validTo).getTime() < now();
  const day = (date: string) => new Date(date).toISOString().slice(0, 10);

  const double = await startRpcDouble({
    ...options,
    version: VERSION,
    hostId: 'cas.aliyuncs.com',
    product: 'cas',
    actions: {
      UploadUserCertificate(params) {
        for (const name of ['Name', 'Cert', 'Key']) if (!params[name]) throw missing(name);
        if (params.Name.length > 64) throw invalid('Name');
        if (stored.some((certificate) => certificate.name === params.Name)) {
          throw new ApiError(400, 'NameRepeat', 'The certificate name already exists.');
        }
        const pem = checkUpload(params.Cert, params.Key, (message) => new ApiError(400, 'InvalidParameter', message));
        const certificate: CasCertificate = { ...pem, id: nextId++, name: params.Name, cert: params.Cert, key: params.Key };
        stored.push(certificate);
        return { CertId: certificate.id, ResourceId: `cas-upload-${randomBytes(3).toString('hex')}` };
      },

      ListUserCertificateOrder(params) {
        const { pageNumber, pageSize } = paging(params, 100, { number: 'CurrentPage', size: 'ShowSize', defaultSize: 50 });
        const orderType = (params.OrderType ?? 'CPACK').toUpperCase();
        if (!['CPACK', 'BUY', 'UPLOAD', 'CERT'].includes(orderType)) throw invalid('OrderType');
        const status = params.Status?.toUpperCase();
        // Uploads are not orders: CPACK and BUY list none of them. Without Status, only valid ones.
        const matching =
          orderType === 'CPACK' || orderType === 'BUY'
            ? []
            : stored.filter((certificate) => (status === 'EXPIRED' ? expired(certificate) : !status ? !expired(certificate) : status === 'ISSUED' && !expired(certificate)));
        return {
          TotalCount: matching.length,
          CurrentPage: pageNumber,
          ShowSize: pageSize,
          CertificateOrderList: matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((certificate) => ({
            CertificateId: certificate.id,
            Name: certificate.name,
            CommonName: certificate.commonName,
            Sans: certificate.sans.join(','),
            Issuer: /CN=([^\n,]+)/.exec(certificate.leaf.issuer)?.[1] ?? '',
            SerialNo: certificate.leaf.serialNumber.toLowerCase(),
            Fingerprint: certificate.sha1,
            Sha2: certificate.sha256,
            StartDate: day(certificate.leaf.validFrom),
            EndDate: day(certificate.leaf.validTo),
            Expired: expired(certificate),
            Upload: true,
            InstanceId: `cas-upload-${certificate.id}`,
            ResourceGroupId: 'rg-acfm000000000',
          })),
        };
      },

      GetUserCertificateDetail(params) {
        const certificate = byId(params.CertId);
        const filtered = params.CertFilter === 'true';
        const notBefore = new Date(certificate.leaf.validFrom).getTime();
        const notAfter = new Date(certificate.leaf.validTo).getTime();
        return {
          Id: certificate.id,
          Name: certificate.name,
          Common: certificate.commonName,
          Sans: certificate.sans.join(','),
          SerialNo: certificate.leaf.serialNumber.toLowerCase(),
          Fingerprint: certificate.sha1,
          Sha2: certificate.sha256,
          NotBefore: notBefore,
          NotAfter: notAfter,
          StartDate: day(certificate.leaf.validFrom),
          EndDate: day(certificate.leaf.validTo),
          Expired: expired(certificate),
          BuyInAliyun: false,
          CertIdentifier: `${certificate.id}-cn-hangzhou`,
          Algorithm: certificate.leaf.publicKey.asymmetricKeyType === 'ec' ? 'ECC' : 'RSA',
          CertChain: [{ CommonName: certificate.commonName, NotBefore: notBefore, NotAfter: notAfter, RemainDay: Math.floor((notAfter - now()) / DAY_MS) }],
          ...(filtered ? {} : { Cert: certificate.cert, Key: certificate.key }),
        };
      },

      DeleteUserCertificate(params) {
        const certificate = byId(params.CertId);
        if (uses.has(certificate.id)) {
          throw new ApiError(400, 'CertificateInUse', 'The certificate is in use by cloud resources and cannot be deleted.');
        }
        stored.splice(stored.indexOf(certificate), 1);
        return {};
      },

      ListCloudResources(params) {
        const { pageNumber, pageSize } = paging(params, 100, { number: 'CurrentPage', size: 'ShowSize', defaultSize: 20 });
        const all = [...uses].flatMap(([certId, resources]) => {
          const certificate = stored.find((candidate) => candidate.id === certId);
          return resources.map((resource) => ({ ...resource, CertId: certId, CertName: certificate?.name, CloudName: 'aliyun', EnableHttps: 1 }));
        });
        return { Total: all.length, CurrentPage: pageNumber, ShowSize: pageSize, Data: all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize) };
      },
    },
  });

  return {
    ...double,
    certificates: () => [...stored],
    use(certId, resource) {
      uses.set(certId, [...(uses.get(certId) ?? []), resource]);
    },
  };
}
