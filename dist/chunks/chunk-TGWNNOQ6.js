import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);

// src/dns/providers/route53.ts
var route53 = {
  id: "route53",
  name: "Route 53",
  endpoint: {
    default: "https://route53.amazonaws.com",
    description: "Route 53 API endpoint (https://route53.amazonaws.com.cn in the AWS China regions)."
  },
  variables: {
    accessKeyId: { names: ["AWS_ACCESS_KEY_ID"], description: "access key ID", secret: true, required: true },
    secretAccessKey: { names: ["AWS_SECRET_ACCESS_KEY"], description: "secret access key", secret: true, required: true },
    sessionToken: {
      names: ["AWS_SESSION_TOKEN"],
      description: "session token of temporary credentials, as OIDC role federation sets it",
      secret: true,
      required: false
    },
    region: { names: ["AWS_REGION", "AWS_DEFAULT_REGION"], description: "only a cn-* region changes the signing region", secret: false, required: false },
    hostedZoneId: {
      names: ["AWS_HOSTED_ZONE_ID"],
      description: "the hosted zone to use, for credentials that may not list hosted zones",
      secret: false,
      required: false
    }
  },
  async create({ endpoint, env }, { log }) {
    const { createRoute53Provider } = await import("./route53-YXZ7WQAH.js");
    return createRoute53Provider({
      endpoint,
      credentials: { accessKeyId: env.accessKeyId, secretAccessKey: env.secretAccessKey, sessionToken: env.sessionToken },
      region: env.region,
      hostedZoneId: env.hostedZoneId,
      log
    });
  }
};

export {
  route53
};
