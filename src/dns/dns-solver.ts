// Binds the configured providers to the generic DNS-01 solver. A provider's code is loaded and the
// provider created only when a challenge needs it (or a listed record must be removed), so a run
// that orders nothing makes no DNS API call and loads no provider.
import type { Dns01Solver } from '../acme/order.js';
import type { Log } from '../util/log.js';
import type { DnsConfig } from './dns-config.js';
import { presentChallenges, type ProviderPicker, type WaitingFor } from './dns01-solver.js';
import type { DnsProvider } from './provider.js';
import { routeName } from './provider-routes.js';
import { findProvider } from './providers/registry.js';
import type { TxtLedger } from './txt-ledger.js';
import { toAsciiName } from './zones.js';

export interface SolverRun {
  /** Lists the records added, for whoever has to remove them. */
  readonly ledger: TxtLedger;
  /** The run's stop: no record is added and no wait continues after it. */
  readonly signal?: AbortSignal;
  /** Names the propagation wait while it lasts (for the message of a stopped run). */
  readonly waitingFor?: WaitingFor;
}

/** The configured providers, each created once when first asked for, by registry id or by name. */
function configuredProviders(config: DnsConfig, log: Log) {
  const created = new Map<string, Promise<DnsProvider>>();
  const byId = (id: string) => {
    if (!created.has(id)) created.set(id, findProvider(id)!.create(config.providers[id], { log }));
    return created.get(id)!;
  };
  // The ledger names providers as DnsProvider.name, which is the definition's name.
  const byName = async (name: string) => {
    const id = Object.keys(config.providers).find((candidate) => findProvider(candidate)!.name === name);
    if (id === undefined) throw new Error(`the dns input names no provider ${name} any more; delete its records by hand`);
    return byId(id);
  };
  return { byId, byName };
}

export function createDnsSolver(config: DnsConfig, log: Log, run: SolverRun): Dns01Solver {
  const providers = configuredProviders(config, log);
  // A CNAME target outside every listed zone stays with the provider of the name it answers for.
  const pick: ProviderPicker = (fqdn, domain) =>
    providers.byId(routeName(config.routes, fqdn) ?? routeName(config.routes, toAsciiName(domain))!);
  return (challenges) =>
    presentChallenges(pick, challenges, {
      ttl: config.ttl,
      propagationTimeoutMs: config.propagationTimeoutMs,
      resolvers: config.resolvers.length > 0 ? [...config.resolvers] : undefined,
      followCname: config.followCname,
      log,
      ...run,
    });
}

/** Removes every record `ledger` lists (a stopped run's, or a killed main step's). */
export async function removeListedRecords(config: DnsConfig, ledger: TxtLedger, log: Log): Promise<void> {
  if (ledger.size === 0) return;
  await ledger.removeAll(configuredProviders(config, log).byName, log);
}
