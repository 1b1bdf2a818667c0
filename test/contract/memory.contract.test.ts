// The in-memory fake passes the provider contract: the reference the real providers are held to.
import { CONTRACT_ZONES, providerContract } from '../support/dns-provider-contract.js';
import { MEMORY_SECRET_VARIABLE, memoryDns } from '../support/memory-dns.js';

providerContract('in-memory', async () => {
  const service = memoryDns(CONTRACT_ZONES);
  return {
    provider: service.provider(),
    wrongSecret: { provider: service.provider({ secret: 'not-it-4f2' }), secret: 'not-it-4f2', variable: MEMORY_SECRET_VARIABLE },
    txtValues: (fqdn) => service.sets.get(fqdn) ?? [],
    addOwnRecord: async (_zone, fqdn, value) => {
      service.sets.set(fqdn, [...(service.sets.get(fqdn) ?? []), value]);
    },
    throttleNext: (times) => service.throttleNext(times),
    stop: async () => {},
  };
});
