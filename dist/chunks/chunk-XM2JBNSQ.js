import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);

// src/dns/providers/cloudflare.ts
var cloudflare = {
  id: "cloudflare",
  name: "Cloudflare",
  endpoint: {
    default: "https://api.cloudflare.com/client/v4",
    description: "Cloudflare API v4 base URL."
  },
  variables: {
    dnsToken: {
      names: ["CF_DNS_API_TOKEN", "CLOUDFLARE_DNS_API_TOKEN"],
      description: "API token with Zone:DNS:Edit",
      secret: true,
      required: true
    },
    zoneToken: {
      names: ["CF_ZONE_API_TOKEN", "CLOUDFLARE_ZONE_API_TOKEN"],
      description: "API token with Zone:Zone:Read, when the DNS token lacks it",
      secret: true,
      required: false
    }
  },
  async create({ endpoint, env }, { log }) {
    const { createCloudflareProvider } = await import("./cloudflare-FMWI6Y3F.js");
    return createCloudflareProvider({ endpoint, dnsToken: env.dnsToken, zoneToken: env.zoneToken, log });
  }
};

export {
  cloudflare
};
