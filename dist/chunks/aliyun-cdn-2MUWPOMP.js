import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  deployToEdgeDomains,
  firstCertInfo
} from "./chunk-WNDCICJZ.js";
import "./chunk-24UKDVRS.js";
import "./chunk-GC624QK5.js";
import "./chunk-TTW3HH64.js";
import "./chunk-PFLV6U7H.js";
import "./chunk-AIMKLHXC.js";
import "./chunk-2RH53QCQ.js";
import "./chunk-OI4EBTUF.js";
import "./chunk-GAY36EZ4.js";
import "./chunk-XQDUAZ6U.js";
import "./chunk-7CFZY2FN.js";

// src/deploy/aliyun-cdn.ts
function deployToCdn(context) {
  return deployToEdgeDomains(
    {
      kind: "cdn",
      name: "CDN",
      input: "aliyun-cdn-domains",
      endpoint: context.config.endpoints.cdn,
      endpointInput: "aliyun-cdn-endpoint",
      apiVersion: "2018-05-10",
      describeAction: "DescribeDomainCertificateInfo",
      setAction: "SetCdnDomainSSLCertificate",
      ramNamespace: "cdn",
      served(response) {
        const info = firstCertInfo(response);
        return { https: info?.ServerCertificateStatus === "on", pem: info?.ServerCertificate, expires: info?.CertExpireTime };
      }
    },
    context.config.cdnDomains,
    context
  );
}
export {
  deployToCdn
};
