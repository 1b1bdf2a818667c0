// The DNSPod provider (TC3-HMAC-SHA256 by the official SDK's signer) against the DNSPod double passes the provider contract.
import { createTencentCloudProvider } from '../../src/dns/tencentcloud.js';
import { startTencentCloudServer } from '../doubles/tencentcloud-server.js';
import { CONTRACT_ZONES, providerContract } from '../support/dns-provider-contract.js';
import { memoryLog } from '../support/memory-log.js';

const SECRET_ID = 'AKIDcontractTencent0001';
const SECRET_KEY = 'tencent-contract-key-Vb3n';

providerContract('DNSPod', async () => {
  const server = await startTencentCloudServer({ secrets: { [SECRET_ID]: SECRET_KEY }, zones: CONTRACT_ZONES });
  const provider = (secretKey: string) =>
    createTencentCloudProvider({ endpoint: server.endpoint, credentials: { secretId: SECRET_ID, secretKey }, log: memoryLog(), retry: { attempts: 4, minDelayMs: 5, maxDelayMs: 20 } });
  const own = provider(SECRET_KEY);
  const fqdnOf = (record: { Name: string; Domain: string }) => (record.Name === '@' ? record.Domain : `${record.Name}.${record.Domain}`);
  return {
    provider: own,
    wrongSecret: { provider: provider('wrong-tencent-key'), secret: 'wrong-tencent-key', variable: 'TENCENTCLOUD_SECRET_KEY' },
    txtValues: (fqdn) => server.records().filter((record) => record.Type === 'TXT' && fqdnOf(record) === fqdn).map((record) => record.Value),
    addOwnRecord: async (zone, fqdn, value) => {
      await own.appendTxt(zone, fqdn, value, 600);
    },
    throttleNext: (times) => server.failNext('RequestLimitExceeded', times),
    stop: () => server.stop(),
  };
});
