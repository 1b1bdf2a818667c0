// Tencent Cloud DNSPod (API 3.0, version 2021-03-23), TC3-HMAC-SHA256 signed by the official SDK's signer.
import type { ProviderDefinition } from './definition.js';

export const tencentcloud: ProviderDefinition<'secretId' | 'secretKey' | 'sessionToken'> = {
  id: 'tencentcloud',
  name: 'DNSPod',
  endpoint: {
    default: 'https://dnspod.tencentcloudapi.com',
    description: 'Tencent Cloud DNSPod API 3.0 endpoint (https://dnspod.intl.tencentcloudapi.com for the international site).',
  },
  variables: {
    secretId: { names: ['TENCENTCLOUD_SECRET_ID'], description: 'SecretId', secret: true, required: true },
    secretKey: { names: ['TENCENTCLOUD_SECRET_KEY'], description: 'SecretKey', secret: true, required: true },
    sessionToken: { names: ['TENCENTCLOUD_SESSION_TOKEN'], description: 'token of temporary (STS) credentials', secret: true, required: false },
  },
  async create({ endpoint, env }, { log }) {
    const { createTencentCloudProvider } = await import('../tencentcloud.js');
    return createTencentCloudProvider({
      endpoint,
      credentials: { secretId: env.secretId!, secretKey: env.secretKey!, sessionToken: env.sessionToken },
      log,
    });
  },
};
