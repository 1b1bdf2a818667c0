import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  readBack,
  settle
} from "./chunk-24UKDVRS.js";
import {
  sameSecond,
  sameSerial,
  serving,
  uploadPrefix
} from "./chunk-GC624QK5.js";
import "./chunk-TTW3HH64.js";
import {
  createRpcCall
} from "./chunk-PFLV6U7H.js";
import "./chunk-AIMKLHXC.js";
import "./chunk-2RH53QCQ.js";
import "./chunk-OI4EBTUF.js";
import "./chunk-GAY36EZ4.js";
import "./chunk-XQDUAZ6U.js";
import "./chunk-7CFZY2FN.js";

// src/deploy/aliyun-cas.ts
var API_VERSION = "2020-04-07";
var PAGE_SIZE = 50;
var RAM_ACTIONS = [
  "yundun-cert:ListUserCertificateOrder",
  "yundun-cert:UploadUserCertificate",
  "yundun-cert:GetUserCertificateDetail",
  "yundun-cert:ListCloudResources",
  "yundun-cert:DeleteUserCertificate"
];
function casTarget(context) {
  return `cas:${context.certificateName}`;
}
function casClient(context) {
  return createRpcCall({
    service: "SSL Certificates Service",
    endpoint: context.config.endpoints.cas,
    endpointInput: "aliyun-cas-endpoint",
    apiVersion: API_VERSION,
    credentials: context.credentials,
    log: context.log,
    retry: context.retry,
    ramAdvice: (action) => `may not call yundun-cert:${action}; grant it a policy allowing ${RAM_ACTIONS.join(", ")} (see the README)`
  });
}
async function deployToCas(context) {
  const target = casTarget(context);
  const call = casClient(context);
  const { certificate } = context;
  let certId;
  const result = await settle(target, context.log, async () => {
    const existing = (await listUploads(call)).find((upload) => upload.Sha2?.toUpperCase() === certificate.sha256);
    if (existing) {
      certId = String(existing.CertificateId);
      return serving(target, "skipped", certificate, `already uploaded as ${existing.Name} (id ${certId})`);
    }
    if (context.dryRun) return { target, status: "would-deploy", reason: `would upload ${certificate.uploadName}` };
    const uploaded = await call("UploadUserCertificate", {
      Name: certificate.uploadName,
      Cert: certificate.fullchainPem,
      Key: certificate.keyPem
    });
    certId = String(uploaded.CertId);
    const mismatch = await readBack(context, async () => {
      const detail = await call("GetUserCertificateDetail", { CertId: uploaded.CertId, CertFilter: true });
      if (!sameSerial(detail.SerialNo, certificate.serial)) return `reads back serial ${detail.SerialNo ?? "none"}`;
      if (detail.NotAfter === void 0 || !sameSecond(new Date(detail.NotAfter), certificate.notAfter)) {
        return `reads back expiry ${detail.NotAfter === void 0 ? "none" : new Date(detail.NotAfter).toISOString()}`;
      }
      return void 0;
    });
    if (mismatch) return { target, status: "failed", reason: `uploaded as id ${certId}, but it ${mismatch} instead of ${certificate.serial}` };
    return serving(target, "deployed", certificate, `uploaded as ${certificate.uploadName} (id ${certId})`);
  });
  return { result, ...certId && result.status !== "failed" ? { certId } : {} };
}
async function cleanUpCas(context, keepId) {
  const call = casClient(context);
  const prefix = uploadPrefix(context.certificateName);
  try {
    const ours = (await listUploads(call, true)).filter(
      (upload) => String(upload.CertificateId) !== keepId && upload.Name.startsWith(prefix) && /^[0-9A-F]+$/i.test(upload.Name.slice(prefix.length))
    );
    if (ours.length === 0) return;
    const inUse = await certificatesInUse(call);
    for (const upload of ours) {
      const users = inUse.get(upload.CertificateId);
      if (users) {
        context.log.info(`${casTarget(context)}: keeping ${upload.Name} (id ${upload.CertificateId}): still used by ${users.join(", ")}`);
        continue;
      }
      await call("DeleteUserCertificate", { CertId: upload.CertificateId });
      context.log.info(`${casTarget(context)}: deleted the older upload ${upload.Name} (id ${upload.CertificateId})`);
    }
  } catch (error) {
    context.log.warning(`${casTarget(context)}: cleanup of older uploads stopped: ${error.message}`);
  }
}
async function listUploads(call, withExpired = false) {
  const uploads = [];
  for (const status of withExpired ? [void 0, "EXPIRED"] : [void 0]) {
    for (let page = 1; ; page++) {
      const response = await call("ListUserCertificateOrder", {
        OrderType: "UPLOAD",
        CurrentPage: page,
        ShowSize: PAGE_SIZE,
        ...status ? { Status: status } : {}
      });
      const list = response.CertificateOrderList ?? [];
      uploads.push(...list);
      if (list.length < PAGE_SIZE || page * PAGE_SIZE >= Number(response.TotalCount)) break;
    }
  }
  return uploads;
}
async function certificatesInUse(call) {
  const users = /* @__PURE__ */ new Map();
  for (let page = 1; ; page++) {
    const response = await call("ListCloudResources", { CurrentPage: page, ShowSize: PAGE_SIZE });
    const data = response.Data ?? [];
    for (const resource of data) {
      if (resource.CertId === void 0) continue;
      const user = `${resource.CloudProduct ?? "a cloud product"} ${resource.Domain ?? resource.InstanceId ?? ""}`.trim();
      users.set(resource.CertId, [...users.get(resource.CertId) ?? [], user]);
    }
    if (data.length < PAGE_SIZE || page * PAGE_SIZE >= Number(response.Total)) return users;
  }
}
export {
  casTarget,
  cleanUpCas,
  deployToCas
};
