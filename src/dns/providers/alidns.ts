// Alibaba Cloud DNS (OpenAPI 2015-01-09, RPC signing through the official @alicloud/pop-core). The
// credential variables are those every Alibaba Cloud service of the action reads.
import { CREDENTIAL_VARIABLES } from '../../alicloud/credentials.js';
import type { ProviderDefinition } from './definition.js';

export const alidns: ProviderDefinition<'accessKeyId' | 'accessKeySecret' | 'securityToken'> = {
  id: 'alidns',
  name: 'AliDNS',
  endpoint: {
    default: 'https://alidns.aliyuncs.com',
    description: 'AliDNS OpenAPI endpoint (regional or international endpoints).',
  },
  variables: {
    accessKeyId: { names: CREDENTIAL_VARIABLES.accessKeyId, description: 'AccessKey ID', secret: true, required: true },
    accessKeySecret: {
      names: CREDENTIAL_VARIABLES.accessKeySecret,
      description: 'AccessKey secret',
      secret: true,
      required: true,
    },
    securityToken: {
      names: CREDENTIAL_VARIABLES.securityToken,
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
