// The Route 53 provider (SigV4 through aws4) against the Route 53 double passes the provider contract.
import { createRoute53Provider } from '../../src/dns/route53.js';
import { startRoute53Server } from '../doubles/route53-server.js';
import { CONTRACT_ZONES, providerContract } from '../support/dns-provider-contract.js';
import { memoryLog } from '../support/memory-log.js';

const KEY_ID = 'AKIAROUTE53CONTRACT1';
const SECRET = 'route53-contract-secret-Jq7vX0';

providerContract('Route 53', async () => {
  const server = await startRoute53Server({ accessKeys: { [KEY_ID]: SECRET }, zones: [...CONTRACT_ZONES, { name: 'example.com', private: true }] });
  const provider = (secretAccessKey: string) =>
    createRoute53Provider({
      endpoint: server.endpoint,
      credentials: { accessKeyId: KEY_ID, secretAccessKey },
      log: memoryLog(),
      retry: { attempts: 4, minDelayMs: 5, maxDelayMs: 20 },
      insync: { timeoutMs: 5000, maxDelayMs: 20 },
    });
  return {
    provider: provider(SECRET),
    wrongSecret: { provider: provider('wrong-route53-secret'), secret: 'wrong-route53-secret', variable: 'AWS_SECRET_ACCESS_KEY' },
    txtValues: (fqdn) => server.txtValues(fqdn),
    addOwnRecord: (zone, fqdn, value) => server.addValue(zone, fqdn, value),
    throttleNext: (times) => server.throttleNext(times),
    stop: () => server.stop(),
  };
});
