// The Cloudflare provider against the Cloudflare API double passes the provider contract.
import { createCloudflareProvider } from '../../src/dns/cloudflare.js';
import { startCloudflareServer } from '../doubles/cloudflare-server.js';
import { CONTRACT_ZONES, providerContract } from '../support/dns-provider-contract.js';
import { memoryLog } from '../support/memory-log.js';

const TOKEN = 'cf-dns-token-contract-000000000000000001';
const WRONG = 'cf-dns-token-wrong-000000000000000000002';

providerContract('Cloudflare', async () => {
  const server = await startCloudflareServer({ tokens: { [TOKEN]: { zoneRead: true, dnsEdit: true } }, zones: CONTRACT_ZONES });
  const provider = (dnsToken: string) =>
    createCloudflareProvider({ endpoint: server.endpoint, dnsToken, log: memoryLog(), retry: { attempts: 4, minDelayMs: 5, maxDelayMs: 20 } });
  return {
    provider: provider(TOKEN),
    wrongSecret: { provider: provider(WRONG), secret: WRONG, variable: 'CF_DNS_API_TOKEN' },
    txtValues: (fqdn) => server.records().filter((record) => record.type === 'TXT' && record.name === fqdn).map((record) => record.content),
    addOwnRecord: (zone, fqdn, value) => server.addRecord(zone, fqdn, value),
    throttleNext: (times) => server.throttleNext(times),
    stop: () => server.stop(),
  };
});
