// AWS Route 53 (REST API 2013-04-01, SigV4 signed with aws4).
import type { ProviderDefinition } from './definition.js';

export const route53: ProviderDefinition<'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'region' | 'hostedZoneId'> = {
  id: 'route53',
  name: 'Route 53',
  endpoint: {
    default: 'https://route53.amazonaws.com',
    description: 'Route 53 API endpoint (https://route53.amazonaws.com.cn in the AWS China regions).',
  },
  variables: {
    accessKeyId: { names: ['AWS_ACCESS_KEY_ID'], description: 'access key ID', secret: true, required: true },
    secretAccessKey: { names: ['AWS_SECRET_ACCESS_KEY'], description: 'secret access key', secret: true, required: true },
    sessionToken: {
      names: ['AWS_SESSION_TOKEN'],
      description: 'session token of temporary credentials, as OIDC role federation sets it',
      secret: true,
      required: false,
    },
    region: { names: ['AWS_REGION', 'AWS_DEFAULT_REGION'], description: 'only a cn-* region changes the signing region', secret: false, required: false },
    hostedZoneId: {
      names: ['AWS_HOSTED_ZONE_ID'],
      description: 'the hosted zone to use, for credentials that may not list hosted zones',
      secret: false,
      required: false,
    },
  },
  async create({ endpoint, env }, { log }) {
    const { createRoute53Provider } = await import('../route53.js');
    return createRoute53Provider({
      endpoint,
      credentials: { accessKeyId: env.accessKeyId!, secretAccessKey: env.secretAccessKey!, sessionToken: env.sessionToken },
      region: env.region,
      hostedZoneId: env.hostedZoneId,
      log,
    });
  },
};
