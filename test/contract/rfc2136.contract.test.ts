// The RFC 2136 provider (nsupdate with TSIG) against a real BIND server passes the provider contract.
import { promises as dns } from 'node:dns';
import { createRfc2136Provider } from '../../src/dns/rfc2136.js';
import { startAuthoritativeDns } from '../support/authoritative-dns.js';
import { CONTRACT_ZONES, providerContract } from '../support/dns-provider-contract.js';
import { memoryLog } from '../support/memory-log.js';

providerContract('RFC 2136 (BIND)', async () => {
  const bed = await startAuthoritativeDns({
    servers: [{ name: 'primary' }],
    zones: (ip) => CONTRACT_ZONES.map((name) => ({ name, records: ['@ NS ns.example.com.', ...(name === 'example.com' ? [`ns A ${ip.primary[0]}`] : [])] })),
    resolver: false,
  });
  const server = bed.server('primary');
  const tsig = bed.tsig!;
  const resolver = new dns.Resolver({ timeout: 1000, tries: 2 });
  resolver.setServers([server.addresses[0]]);
  const values = async (fqdn: string) => {
    try {
      return (await resolver.resolveTxt(fqdn)).map((chunks) => chunks.join(''));
    } catch {
      return [];
    }
  };
  const provider = (secret: string) =>
    createRfc2136Provider({
      nameserver: server.addresses[0],
      tsig: { name: tsig.name, secret, algorithm: 'hmac-sha256' },
      log: memoryLog(),
      retry: { attempts: 2, minDelayMs: 5, maxDelayMs: 10 },
    });
  const wrong = Buffer.from('not the key of this server, 32 b').toString('base64');
  return {
    provider: provider(tsig.secret),
    wrongSecret: { provider: provider(wrong), secret: wrong, variable: 'RFC2136_TSIG_SECRET' },
    txtValues: values,
    addOwnRecord: async (_zone, fqdn, value) => server.setTxt(fqdn, [...(await values(fqdn)), value]),
    stop: () => bed.stop(),
  };
});
