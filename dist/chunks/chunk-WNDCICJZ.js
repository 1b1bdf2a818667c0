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
  leafOf,
  sameLeaf,
  sameSecond,
  serving
} from "./chunk-GC624QK5.js";
import {
  createRpcCall
} from "./chunk-PFLV6U7H.js";

// src/deploy/aliyun-edge-domains.ts
async function deployToEdgeDomains(service, domains, context) {
  const call = createRpcCall({
    service: service.name,
    endpoint: service.endpoint,
    endpointInput: service.endpointInput,
    apiVersion: service.apiVersion,
    credentials: context.credentials,
    log: context.log,
    retry: context.retry,
    ramAdvice: (action) => `may not call ${service.ramNamespace}:${action}; grant it a policy allowing ${service.ramNamespace}:${service.describeAction} and ${service.ramNamespace}:${service.setAction}`,
    explain: (_action, code) => code === "InvalidDomain.NotFound" || code === "InvalidDomain.Offline" ? `the domain is not ${code.endsWith("Offline") ? "online" : "one"} of this account's ${service.name} domains; add it in the ${service.name} console, or remove it from ${service.input}` : void 0
  });
  const results = [];
  for (const domain of domains) {
    const target = `${service.kind}:${domain}`;
    results.push(await settle(target, context.log, () => deployDomain(service, call, domain, target, context)));
  }
  return results;
}
async function deployDomain(service, call, domain, target, context) {
  const { certificate } = context;
  const describe = async () => service.served(await call(service.describeAction, { DomainName: domain }));
  const before = await describe();
  if (before.https && sameLeaf(before.pem, certificate) && !context.force) {
    return serving(target, "skipped", certificate, "already serves this certificate");
  }
  if (context.dryRun) return { target, status: "would-deploy", reason: before.https ? "serves another certificate" : "HTTPS is off" };
  await call(service.setAction, {
    DomainName: domain,
    SSLProtocol: "on",
    CertType: "upload",
    CertName: certificate.uploadName,
    SSLPub: certificate.fullchainPem,
    SSLPri: certificate.keyPem
  });
  const mismatch = await readBack(context, async () => {
    const after = await describe();
    if (!after.https) return "shows HTTPS off";
    const leaf = after.pem ? leafOf(after.pem) : void 0;
    if (!sameLeaf(after.pem, certificate)) return `serves serial ${leaf?.serialNumber ?? "none"}`;
    if (!after.expires || !sameSecond(new Date(after.expires), certificate.notAfter)) return `shows expiry ${after.expires ?? "none"}`;
    return void 0;
  });
  if (mismatch) return { target, status: "failed", reason: `certificate set, but the domain still ${mismatch} instead of serial ${certificate.serial}` };
  return serving(target, "deployed", certificate);
}
function firstCertInfo(response) {
  return response.CertInfos?.CertInfo?.[0];
}

export {
  deployToEdgeDomains,
  firstCertInfo
};
