// Binds the configured providers to the generic DNS-01 solver. A provider's code is loaded and the
// provider created only when a challenge needs it, so a run that orders nothing makes no DNS API
// call and loads no provider.
import type { Dns01Solver } from '../acme/order.js';
import type { Log } from '../util/log.js';
import type { DnsConfig } from './dns-config.js';
import { presentChallenges, type ProviderPicker } from './dns01-solver.js';
import type { DnsProvider } from './provider.js';
import { routeName } from './provider-routes.js';
import { findProvider } from './providers/registry.js';
import { toAsciiName } from './zones.js';

export function createDnsSolver(config: DnsConfig, log: Log): Dns01Solver {
  const created = new Map<string, Promise<DnsProvider>>();
  const providerById = (id: string) => {
    if (!created.has(id)) created.set(id, findProvider(id)!.create(config.providers[id], { log }));
    return created.get(id)!;
  };
  // A CNAME target outside every listed zone stays with the provider of the name it answers for.
  const pick: ProviderPicker = (fqdn, domain) =>
    providerById(routeName(config.routes, fqdn) ?? routeName(config.routes, toAsciiName(domain))!);
  return (challenges) =>
    presentChallenges(pick, challenges, {
      ttl: config.ttl,
      propagationTimeoutMs: config.propagationTimeoutMs,
      resolvers: config.resolvers.length > 0 ? [...config.resolvers] : undefined,
      followCname: config.followCname,
      log,
    });
}
