// Binds the configured provider to the generic DNS-01 solver. The provider is created only when a
// challenge must be answered, so a run that orders nothing makes no DNS API call.
import type { Dns01Solver } from '../acme/order.js';
import type { Log } from '../util/log.js';
import { createAliDnsProvider } from './alidns.js';
import type { DnsConfig } from './dns-config.js';
import { presentChallenges } from './dns01-solver.js';
import type { DnsProvider } from './provider.js';

function createProvider(config: DnsConfig, log: Log): DnsProvider {
  switch (config.provider) {
    case 'alidns':
      return createAliDnsProvider({ endpoint: config.alidns.endpoint, credentials: config.alidns.credentials, log });
  }
}

export function createDnsSolver(config: DnsConfig, log: Log): Dns01Solver {
  return (challenges) =>
    presentChallenges(createProvider(config, log), challenges, {
      ttl: config.ttl,
      propagationTimeoutMs: config.propagationTimeoutMs,
      resolvers: config.resolvers.length > 0 ? [...config.resolvers] : undefined,
      log,
    });
}
