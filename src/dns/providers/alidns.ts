// Alibaba Cloud DNS (OpenAPI 2015-01-09, RPC signing through the official @alicloud/pop-core).
import type { ProviderDefinition } from './definition.js';

export const alidns: ProviderDefinition<'accessKeyId' | 'accessKeySecret' | 'securityToken'> = {
  id: 'alidns',
  name: 'AliDNS',
  endpoint: {
    default: 'https://alidns.aliyuncs.com',
    description: 'AliDNS OpenAPI endpoint (regional or international endpoints).',
  },
  variables: {
    accessKeyId: { names: ['ALICLOUD_ACCESS_KEY', 'ALIBABA_CLOUD_ACCESS_KEY_ID'], description: 'AccessKey ID', secret: true, required: true },
    accessKeySecret: {
      names: ['ALICLOUD_SECRET_KEY', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'],
      description: 'AccessKey secret',
      secret: true,
      required: true,
    },
    securityToken: {
      names: ['ALICLOUD_SECURITY_TOKEN', 'ALIBABA_CLOUD_SECURITY_TOKEN'],
      description: 'STS security token, with temporary credentials',
      secret: true,
      required: false,
    },
  },
  async create({ endpoint, env }, { log }) {
    const { createAliDnsProvider } = await import('../alidns.js');
    const credentials = { accessKeyId: env.accessKeyId!, accessKeySecret: env.accessKeySecret! };
    return createAliDnsProvider({
      endpoint,
      credentials: env.securityToken ? { ...credentials, securityToken: env.securityToken } : credentials,
      log,
    });
  },
};
