// The Huawei Cloud DNS provider (AK/SK signed by the official SDK core's signer) against its double passes the provider contract.
import { createHuaweiCloudProvider } from '../../src/dns/huaweicloud.js';
import { startHuaweiCloudServer } from '../doubles/huaweicloud-server.js';
import { CONTRACT_ZONES, providerContract } from '../support/dns-provider-contract.js';
import { memoryLog } from '../support/memory-log.js';

const AK = 'HPUACONTRACTHUAWEI001';
const SK = 'huawei-contract-sk-Zm4k';

providerContract('Huawei Cloud DNS', async () => {
  const server = await startHuaweiCloudServer({ accessKeys: { [AK]: SK }, zones: CONTRACT_ZONES });
  const provider = (secretAccessKey: string) =>
    createHuaweiCloudProvider({ endpoint: server.endpoint, credentials: { accessKeyId: AK, secretAccessKey }, log: memoryLog(), retry: { attempts: 4, minDelayMs: 5, maxDelayMs: 20 } });
  return {
    provider: provider(SK),
    wrongSecret: { provider: provider('wrong-huawei-sk'), secret: 'wrong-huawei-sk', variable: 'HUAWEICLOUD_SECRET_ACCESS_KEY' },
    txtValues: (fqdn) => server.txtValues(fqdn),
    addOwnRecord: (zone, fqdn, value) => server.addValue(zone, fqdn, value),
    throttleNext: (times) => server.throttleNext(times),
    stop: () => server.stop(),
  };
});
