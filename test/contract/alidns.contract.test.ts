// The AliDNS provider, through the real pop-core against the AliDNS double, passes the provider contract.
import { createAliDnsProvider } from '../../src/dns/alidns.js';
import { startAliDnsServer } from '../doubles/alidns-server.js';
import { CONTRACT_ZONES, providerContract } from '../support/dns-provider-contract.js';
import { memoryLog } from '../support/memory-log.js';

const KEY_ID = 'LTAI5tContract0001';
const SECRET = 'contract-secret-8Hq2';
const FAST_RETRY = { attempts: 4, minDelayMs: 5, maxDelayMs: 20 };

providerContract('AliDNS', async () => {
  const server = await startAliDnsServer({ accessKeys: { [KEY_ID]: SECRET }, zones: CONTRACT_ZONES });
  const provider = (accessKeySecret: string) =>
    createAliDnsProvider({ endpoint: server.endpoint, credentials: { accessKeyId: KEY_ID, accessKeySecret }, log: memoryLog(), retry: FAST_RETRY });
  const own = provider(SECRET);
  return {
    provider: own,
    wrongSecret: { provider: provider('wrong-secret-x91'), secret: 'wrong-secret-x91', variable: 'ALICLOUD_SECRET_KEY' },
    txtValues: (fqdn) =>
      server
        .records()
        .filter((record) => record.Type === 'TXT' && (record.RR === '@' ? record.DomainName : `${record.RR}.${record.DomainName}`) === fqdn)
        .map((record) => record.Value),
    // A record added by the user is, to the API, a record like any other.
    addOwnRecord: async (zone, fqdn, value) => {
      await own.appendTxt(zone, fqdn, value, 600);
    },
    throttleNext: (times) => server.failNext('Throttling.User', times),
    stop: () => server.stop(),
  };
});
