// Cloudflare API v4 with API tokens (plain HTTPS and a bearer token: no SDK needed).
import type { ProviderDefinition } from './definition.js';

export const cloudflare: ProviderDefinition<'dnsToken' | 'zoneToken'> = {
  id: 'cloudflare',
  name: 'Cloudflare',
  endpoint: {
    default: 'https://api.cloudflare.com/client/v4',
    description: 'Cloudflare API v4 base URL.',
  },
  variables: {
    dnsToken: {
      names: ['CF_DNS_API_TOKEN', 'CLOUDFLARE_DNS_API_TOKEN'],
      description: 'API token with Zone:DNS:Edit',
      secret: true,
      required: true,
    },
    zoneToken: {
      names: ['CF_ZONE_API_TOKEN', 'CLOUDFLARE_ZONE_API_TOKEN'],
      description: 'API token with Zone:Zone:Read, when the DNS token lacks it',
      secret: true,
      required: false,
    },
  },
  async create({ endpoint, env }, { log }) {
    const { createCloudflareProvider } = await import('../cloudflare.js');
    return createCloudflareProvider({ endpoint, dnsToken: env.dnsToken!, zoneToken: env.zoneToken, log });
  },
};
