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
  REGION_PLACEHOLDER
} from "./chunk-J5DWTTXX.js";
import {
  sameSecond,
  serving
} from "./chunk-GC624QK5.js";
import "./chunk-TTW3HH64.js";
import {
  AliCloudError,
  createRpcCall
} from "./chunk-PFLV6U7H.js";
import "./chunk-AIMKLHXC.js";
import "./chunk-2RH53QCQ.js";
import "./chunk-OI4EBTUF.js";
import "./chunk-2O4VOWNE.js";
import "./chunk-GAY36EZ4.js";
import "./chunk-XQDUAZ6U.js";
import "./chunk-7CFZY2FN.js";

// src/deploy/aliyun-slb.ts
var API_VERSION = "2014-05-15";
var RAM_ACTIONS = [
  "slb:DescribeServerCertificates",
  "slb:UploadServerCertificate",
  "slb:DescribeLoadBalancerHTTPSListenerAttribute",
  "slb:SetLoadBalancerHTTPSListenerAttribute"
];
var LISTENER_MISSING = /* @__PURE__ */ new Set(["InvalidParameter", "ResourceNotFound", "ListenerNotFound", "InvalidListener.NotFound"]);
async function deployToSlb(context) {
  const results = [];
  const regions = /* @__PURE__ */ new Map();
  for (const listener of context.config.slbListeners) {
    let region = regions.get(listener.region);
    if (!region) regions.set(listener.region, region = new RegionDeployment(listener.region, context));
    results.push(await settle(listener.label, context.log, () => region.deploy(listener)));
  }
  return results;
}
var RegionDeployment = class {
  constructor(region, context) {
    this.region = region;
    this.context = context;
    this.call = createRpcCall({
      service: `SLB (${region})`,
      endpoint: context.config.endpoints.slb.split(REGION_PLACEHOLDER).join(region),
      endpointInput: "aliyun-slb-endpoint",
      apiVersion: API_VERSION,
      credentials: context.credentials,
      log: context.log,
      retry: context.retry,
      ramAdvice: (action) => `may not call slb:${action}; grant it a policy allowing ${RAM_ACTIONS.join(", ")}`,
      explain: (_action, code) => explainSlb(code, region)
    });
  }
  region;
  context;
  call;
  /** Looked up once per region; an upload made for one listener serves the next. */
  serverCertificate;
  async deploy(listener) {
    const { certificate } = this.context;
    const current = await this.listener(listener);
    const existing = await this.findServerCertificate();
    if (existing && current.ServerCertificateId === existing.ServerCertificateId && !this.context.force) {
      return serving(listener.label, "skipped", certificate, `already uses server certificate ${existing.ServerCertificateId}`);
    }
    if (this.context.dryRun) {
      return { target: listener.label, status: "would-deploy", reason: `uses server certificate ${current.ServerCertificateId ?? "none"}` };
    }
    const serverCertificate = existing ?? await this.upload();
    await this.call("SetLoadBalancerHTTPSListenerAttribute", {
      RegionId: this.region,
      LoadBalancerId: listener.loadBalancerId,
      ListenerPort: listener.port,
      ServerCertificateId: serverCertificate.ServerCertificateId
    });
    const mismatch = await readBack(this.context, async () => {
      const after = await this.listener(listener);
      if (after.ServerCertificateId !== serverCertificate.ServerCertificateId) return `uses server certificate ${after.ServerCertificateId ?? "none"}`;
      const stored = await this.serverCertificateById(serverCertificate.ServerCertificateId);
      if (normalFingerprint(stored?.Fingerprint) !== certificate.sha1) return `holds fingerprint ${stored?.Fingerprint ?? "none"}`;
      if (stored?.ExpireTimeStamp === void 0 || !sameSecond(new Date(stored.ExpireTimeStamp), certificate.notAfter)) {
        return `holds expiry ${stored?.ExpireTimeStamp === void 0 ? "none" : new Date(stored.ExpireTimeStamp).toISOString()}`;
      }
      return void 0;
    });
    if (mismatch) {
      return { target: listener.label, status: "failed", reason: `certificate set, but the listener ${mismatch} instead of serial ${certificate.serial}` };
    }
    return serving(listener.label, "deployed", certificate, `server certificate ${serverCertificate.ServerCertificateId}`);
  }
  async listener(listener) {
    try {
      return await this.call("DescribeLoadBalancerHTTPSListenerAttribute", {
        RegionId: this.region,
        LoadBalancerId: listener.loadBalancerId,
        ListenerPort: listener.port
      });
    } catch (error) {
      if (error instanceof AliCloudError && LISTENER_MISSING.has(error.code)) {
        throw new Error(`${listener.loadBalancerId} has no HTTPS listener on port ${listener.port} (Code ${error.code}, RequestId ${error.requestId ?? "none"})`);
      }
      throw error;
    }
  }
  findServerCertificate() {
    this.serverCertificate ??= this.serverCertificates().then(
      (all) => all.find((candidate) => normalFingerprint(candidate.Fingerprint) === this.context.certificate.sha1)
    );
    return this.serverCertificate;
  }
  async upload() {
    const { certificate } = this.context;
    const uploaded = await this.call("UploadServerCertificate", {
      RegionId: this.region,
      // SLB names must start with a letter; a wildcard's name starts with `_`.
      ServerCertificateName: certificate.uploadName.replace(/^[^A-Za-z]/, "c$&"),
      ServerCertificate: certificate.fullchainPem,
      PrivateKey: certificate.keyPem
    });
    this.serverCertificate = Promise.resolve(uploaded);
    return uploaded;
  }
  async serverCertificateById(id) {
    return (await this.serverCertificates(id)).find((candidate) => candidate.ServerCertificateId === id);
  }
  async serverCertificates(id) {
    const response = await this.call("DescribeServerCertificates", {
      RegionId: this.region,
      ...id ? { ServerCertificateId: id } : {}
    });
    return response.ServerCertificates?.ServerCertificate ?? [];
  }
};
function normalFingerprint(fingerprint) {
  return fingerprint?.replace(/:/g, "").toUpperCase();
}
function explainSlb(code, region) {
  if (code === "InvalidLoadBalancerId.NotFound") {
    return `there is no such load balancer in region ${region}; check the region and the id in aliyun-slb-listeners`;
  }
  if (code === "InvalidRegionId" || code === "InvalidRegionId.NotFound") {
    return `${region} is not an SLB region; check aliyun-slb-listeners`;
  }
  return void 0;
}
export {
  deployToSlb
};
