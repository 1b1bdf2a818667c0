import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  InputError
} from "./chunk-GAY36EZ4.js";

// src/alicloud/credentials.ts
var CREDENTIAL_VARIABLES = {
  accessKeyId: ["ALICLOUD_ACCESS_KEY", "ALIBABA_CLOUD_ACCESS_KEY_ID"],
  accessKeySecret: ["ALICLOUD_SECRET_KEY", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"],
  securityToken: ["ALICLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_SECURITY_TOKEN"]
};
function credentialVariables(part) {
  return CREDENTIAL_VARIABLES[part].join(" / ");
}
var DNS_USER = { input: "dns", service: "AliDNS" };
function readAliCloudCredentials(env, user = DNS_USER) {
  const accessKeyId = firstSet(env, CREDENTIAL_VARIABLES.accessKeyId);
  const accessKeySecret = firstSet(env, CREDENTIAL_VARIABLES.accessKeySecret);
  const securityToken = firstSet(env, CREDENTIAL_VARIABLES.securityToken);
  const missing = [
    accessKeyId ? void 0 : credentialVariables("accessKeyId"),
    accessKeySecret ? void 0 : credentialVariables("accessKeySecret")
  ].filter((name) => name !== void 0);
  if (!accessKeyId || !accessKeySecret) {
    throw new InputError(
      user.input,
      `${user.service} needs an AccessKey pair in the environment, but ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set`,
      "Map them from repository secrets in the step, e.g. `env: { ALICLOUD_ACCESS_KEY: ${{ secrets.ALICLOUD_ACCESS_KEY }}, ALICLOUD_SECRET_KEY: ${{ secrets.ALICLOUD_SECRET_KEY }} }` (add ALICLOUD_SECURITY_TOKEN for STS credentials)."
    );
  }
  return securityToken ? { accessKeyId, accessKeySecret, securityToken } : { accessKeyId, accessKeySecret };
}
function firstSet(env, names) {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return void 0;
}

export {
  CREDENTIAL_VARIABLES,
  credentialVariables,
  readAliCloudCredentials
};
