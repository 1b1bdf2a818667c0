// Alibaba Cloud SSL Certificates Service (CAS, OpenAPI 2020-04-07): the certificate is uploaded
// once, named `<certificate name>-<serial>`, so WAF, ALB and others can reference its id; an upload
// with the same SHA-256 is reused. Cleanup removes this action's older uploads of the same name
// that no cloud resource uses any more.
import { createRpcCall, type RpcCall } from '../alicloud/rpc-client.js';
import { readBack, settle, type CloudContext } from './cloud-context.js';
import { sameSecond, sameSerial, serving, uploadPrefix } from './cloud-certificate.js';
import type { TargetResult } from './target-result.js';

const API_VERSION = '2020-04-07';
const PAGE_SIZE = 50;
const RAM_ACTIONS = [
  'yundun-cert:ListUserCertificateOrder',
  'yundun-cert:UploadUserCertificate',
  'yundun-cert:GetUserCertificateDetail',
  'yundun-cert:ListCloudResources',
  'yundun-cert:DeleteUserCertificate',
];

interface UploadedCertificate {
  CertificateId: number;
  Name: string;
  Sha2?: string;
  SerialNo?: string;
}

interface ListResponse {
  CertificateOrderList?: UploadedCertificate[];
  TotalCount: number;
}

interface DetailResponse {
  Id: number;
  SerialNo?: string;
  /** Milliseconds. */
  NotAfter?: number;
}

interface CloudResourcesResponse {
  Data?: Array<{ CertId?: number; CloudProduct?: string; Domain?: string; InstanceId?: string }>;
  Total: number;
}

export function casTarget(context: Pick<CloudContext, 'certificateName'>): string {
  return `cas:${context.certificateName}`;
}

function casClient(context: CloudContext): RpcCall {
  return createRpcCall({
    service: 'SSL Certificates Service',
    endpoint: context.config.endpoints.cas,
    endpointInput: 'aliyun-cas-endpoint',
    apiVersion: API_VERSION,
    credentials: context.credentials,
    log: context.log,
    retry: context.retry,
    ramAdvice: (action) => `may not call yundun-cert:${action}; grant it a policy allowing ${RAM_ACTIONS.join(', ')} (see the README)`,
  });
}

/** Uploads the certificate unless an identical one is there; hands back the result and the id. */
export async function deployToCas(context: CloudContext): Promise<{ result: TargetResult; certId?: string }> {
  const target = casTarget(context);
  const call = casClient(context);
  const { certificate } = context;
  let certId: string | undefined;
  const result = await settle(target, context.log, async () => {
    const existing = (await listUploads(call)).find((upload) => upload.Sha2?.toUpperCase() === certificate.sha256);
    if (existing) {
      certId = String(existing.CertificateId);
      return serving(target, 'skipped', certificate, `already uploaded as ${existing.Name} (id ${certId})`);
    }
    if (context.dryRun) return { target, status: 'would-deploy', reason: `would upload ${certificate.uploadName}` };
    const uploaded = await call<{ CertId: number }>('UploadUserCertificate', {
      Name: certificate.uploadName,
      Cert: certificate.fullchainPem,
      Key: certificate.keyPem,
    });
    certId = String(uploaded.CertId);
    const mismatch = await readBack(context, async () => {
      const detail = await call<DetailResponse>('GetUserCertificateDetail', { CertId: uploaded.CertId, CertFilter: true });
      if (!sameSerial(detail.SerialNo, certificate.serial)) return `reads back serial ${detail.SerialNo ?? 'none'}`;
      if (detail.NotAfter === undefined || !sameSecond(new Date(detail.NotAfter), certificate.notAfter)) {
        return `reads back expiry ${detail.NotAfter === undefined ? 'none' : new Date(detail.NotAfter).toISOString()}`;
      }
      return undefined;
    });
    if (mismatch) return { target, status: 'failed', reason: `uploaded as id ${certId}, but it ${mismatch} instead of ${certificate.serial}` };
    return serving(target, 'deployed', certificate, `uploaded as ${certificate.uploadName} (id ${certId})`);
  });
  return { result, ...(certId && result.status !== 'failed' ? { certId } : {}) };
}

/**
 * Deletes this action's older uploads of the same certificate name, except `keepId` and any
 * certificate a cloud resource still uses. Problems are warnings: cleanup never fails a deployment.
 */
export async function cleanUpCas(context: CloudContext, keepId: string): Promise<void> {
  const call = casClient(context);
  const prefix = uploadPrefix(context.certificateName);
  try {
    const ours = (await listUploads(call, true)).filter(
      (upload) => String(upload.CertificateId) !== keepId && upload.Name.startsWith(prefix) && /^[0-9A-F]+$/i.test(upload.Name.slice(prefix.length)),
    );
    if (ours.length === 0) return;
    const inUse = await certificatesInUse(call);
    for (const upload of ours) {
      const users = inUse.get(upload.CertificateId);
      if (users) {
        context.log.info(`${casTarget(context)}: keeping ${upload.Name} (id ${upload.CertificateId}): still used by ${users.join(', ')}`);
        continue;
      }
      await call('DeleteUserCertificate', { CertId: upload.CertificateId });
      context.log.info(`${casTarget(context)}: deleted the older upload ${upload.Name} (id ${upload.CertificateId})`);
    }
  } catch (error) {
    context.log.warning(`${casTarget(context)}: cleanup of older uploads stopped: ${(error as Error).message}`);
  }
}

/** Uploaded certificates: the valid ones, and the expired ones too when asked (the API lists them apart). */
async function listUploads(call: RpcCall, withExpired = false): Promise<UploadedCertificate[]> {
  const uploads: UploadedCertificate[] = [];
  for (const status of withExpired ? [undefined, 'EXPIRED'] : [undefined]) {
    for (let page = 1; ; page++) {
      const response = await call<ListResponse>('ListUserCertificateOrder', {
        OrderType: 'UPLOAD',
        CurrentPage: page,
        ShowSize: PAGE_SIZE,
        ...(status ? { Status: status } : {}),
      });
      const list = response.CertificateOrderList ?? [];
      uploads.push(...list);
      if (list.length < PAGE_SIZE || page * PAGE_SIZE >= Number(response.TotalCount)) break;
    }
  }
  return uploads;
}

/** Certificate id → the resources (product and domain or instance) that use it. */
async function certificatesInUse(call: RpcCall): Promise<Map<number, string[]>> {
  const users = new Map<number, string[]>();
  for (let page = 1; ; page++) {
    const response = await call<CloudResourcesResponse>('ListCloudResources', { CurrentPage: page, ShowSize: PAGE_SIZE });
    const data = response.Data ?? [];
    for (const resource of data) {
      if (resource.CertId === undefined) continue;
      const user = `${resource.CloudProduct ?? 'a cloud product'} ${resource.Domain ?? resource.InstanceId ?? ''}`.trim();
      users.set(resource.CertId, [...(users.get(resource.CertId) ?? []), user]);
    }
    if (data.length < PAGE_SIZE || page * PAGE_SIZE >= Number(response.Total)) return users;
  }
}
