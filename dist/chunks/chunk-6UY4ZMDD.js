import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);

// src/dns/providers/tencentcloud.ts
var tencentcloud = {
  id: "tencentcloud",
  name: "DNSPod",
  endpoint: {
    default: "https://dnspod.tencentcloudapi.com",
    description: "Tencent Cloud DNSPod API 3.0 endpoint (https://dnspod.intl.tencentcloudapi.com for the international site)."
  },
  variables: {
    secretId: { names: ["TENCENTCLOUD_SECRET_ID"], description: "SecretId", secret: true, required: true },
    secretKey: { names: ["TENCENTCLOUD_SECRET_KEY"], description: "SecretKey", secret: true, required: true },
    sessionToken: { names: ["TENCENTCLOUD_SESSION_TOKEN"], description: "token of temporary (STS) credentials", secret: true, required: false }
  },
  async create({ endpoint, env }, { log }) {
    const { createTencentCloudProvider } = await import("./tencentcloud-UDP5LCGA.js");
    return createTencentCloudProvider({
      endpoint,
      credentials: { secretId: env.secretId, secretKey: env.secretKey, sessionToken: env.sessionToken },
      log
    });
  }
};

export {
  tencentcloud
};
