import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  readAliCloudCredentials
} from "./chunk-2RH53QCQ.js";
import {
  readServiceUrl
} from "./chunk-2O4VOWNE.js";
import {
  InputError,
  readBoolean,
  readList,
  readString
} from "./chunk-GAY36EZ4.js";

// src/deploy/cloud-config.ts
var REGION_PLACEHOLDER = "{region}";
var DOMAIN = /^(?:\*\.|\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
var LISTENER = /^([a-z]{2,}(?:-[a-z0-9]+)+)\/(lb-[a-z0-9]+):(\d{1,5})$/;
function hasCloudTargets(config) {
  return config.cas || config.cdnDomains.length > 0 || config.dcdnDomains.length > 0 || config.slbListeners.length > 0;
}
function readCloudConfig(src, env, deployNever) {
  const cas = readBoolean(src, "aliyun-cas", false);
  const casCleanup = readBoolean(src, "aliyun-cas-cleanup", false);
  if (casCleanup && !cas) {
    throw new InputError("aliyun-cas-cleanup", "is true but aliyun-cas is not", "Set `aliyun-cas: true` as well, or drop aliyun-cas-cleanup.");
  }
  const parsed = {
    cas,
    casCleanup,
    cdnDomains: readDomains(src, "aliyun-cdn-domains"),
    dcdnDomains: readDomains(src, "aliyun-dcdn-domains"),
    slbListeners: readListeners(src),
    endpoints: {
      cas: readEndpoint(src, "aliyun-cas-endpoint", "https://cas.aliyuncs.com"),
      cdn: readEndpoint(src, "aliyun-cdn-endpoint", "https://cdn.aliyuncs.com"),
      dcdn: readEndpoint(src, "aliyun-dcdn-endpoint", "https://dcdn.aliyuncs.com"),
      slb: readSlbEndpoint(src)
    }
  };
  if (deployNever) return { ...parsed, cas: false, casCleanup: false, cdnDomains: [], dcdnDomains: [], slbListeners: [] };
  if (!hasCloudTargets(parsed)) return parsed;
  const input = parsed.cas ? "aliyun-cas" : parsed.cdnDomains.length > 0 ? "aliyun-cdn-domains" : parsed.dcdnDomains.length > 0 ? "aliyun-dcdn-domains" : "aliyun-slb-listeners";
  return { ...parsed, credentials: readAliCloudCredentials(env, { input, service: `Deploying to Alibaba Cloud (${input})` }) };
}
function readDomains(src, name) {
  const domains = readList(src, name).map((raw) => {
    const domain = raw.toLowerCase().replace(/\.$/, "");
    if (!DOMAIN.test(domain)) {
      throw new InputError(name, `'${raw}' is not a domain name`, "Give the accelerated domain names as the console lists them, e.g. cdn.example.com, one per line or comma-separated.");
    }
    return domain;
  });
  return [...new Set(domains)];
}
function readListeners(src) {
  const listeners = readList(src, "aliyun-slb-listeners").map((raw) => {
    const match = LISTENER.exec(raw.trim());
    const port = match ? Number(match[3]) : 0;
    if (!match || port < 1 || port > 65535) {
      throw new InputError(
        "aliyun-slb-listeners",
        `'${raw}' is not \`region/load-balancer-id:port\``,
        "Give one HTTPS listener per line, e.g. `cn-hangzhou/lb-bp1o94dp5i6ea1234:443`."
      );
    }
    const [, region, loadBalancerId] = match;
    return { region, loadBalancerId, port, label: `slb:${region}/${loadBalancerId}:${port}` };
  });
  return listeners.filter((listener, index) => listeners.findIndex((other) => other.label === listener.label) === index);
}
function readEndpoint(src, name, fallback) {
  return readServiceUrl(readString(src, name) || fallback, name, fallback).origin;
}
function readSlbEndpoint(src) {
  const fallback = `https://slb.${REGION_PLACEHOLDER}.aliyuncs.com`;
  const raw = readString(src, "aliyun-slb-endpoint") || fallback;
  readServiceUrl(raw.split(REGION_PLACEHOLDER).join("cn-hangzhou"), "aliyun-slb-endpoint", fallback);
  return raw.replace(/\/+$/, "");
}

export {
  REGION_PLACEHOLDER,
  hasCloudTargets,
  readCloudConfig
};
