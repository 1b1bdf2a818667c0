import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);

// src/dns/providers/huaweicloud.ts
var huaweicloud = {
  id: "huaweicloud",
  name: "Huawei Cloud DNS",
  endpoint: {
    default: "https://dns.myhuaweicloud.com",
    description: "Huawei Cloud DNS API endpoint; public zones are global, a regional one is https://dns.<region>.myhuaweicloud.com."
  },
  variables: {
    accessKeyId: { names: ["HUAWEICLOUD_ACCESS_KEY_ID", "HUAWEICLOUD_SDK_AK"], description: "access key (AK)", secret: true, required: true },
    secretAccessKey: {
      names: ["HUAWEICLOUD_SECRET_ACCESS_KEY", "HUAWEICLOUD_SDK_SK"],
      description: "secret access key (SK)",
      secret: true,
      required: true
    },
    securityToken: {
      names: ["HUAWEICLOUD_SECURITY_TOKEN", "HUAWEICLOUD_SDK_SECURITY_TOKEN"],
      description: "security token of temporary AK/SK",
      secret: true,
      required: false
    }
  },
  async create({ endpoint, env }, { log }) {
    const { createHuaweiCloudProvider } = await import("./huaweicloud-K3YWPJFU.js");
    return createHuaweiCloudProvider({
      endpoint,
      credentials: { accessKeyId: env.accessKeyId, secretAccessKey: env.secretAccessKey, securityToken: env.securityToken },
      log
    });
  }
};

export {
  huaweicloud
};
