// Binds the configured provider to the generic DNS-01 solver. The provider is created only when a
// challenge must be answered (or a listed record removed), so a run that orders nothing makes no
// DNS API call.
import type { Dns01Solver } from '../acme/order.js';
import type { Log } from '../util/log.js';
import { createAliDnsProvider } from './alidns.js';
import type { DnsConfig } from './dns-config.js';
import { presentChallenges, type WaitingFor } from './dns01-solver.js';
import type { DnsProvider } from './provider.js';
import type { TxtLedger } from './txt-ledger.js';

export interface SolverRun {
  /** Lists the records added, for whoever has to remove them. */
  readonly ledger: TxtLedger;
  /** The run's stop: no record is added and no wait continues after it. */
  readonly signal?: AbortSignal;
  /** Names the propagation wait while it lasts (for the message of a stopped run). */
  readonly waitingFor?: WaitingFor;
}

function createProvider(config: DnsConfig, log: Log): DnsProvider {
  switch (config.provider) {
    case 'alidns':
      return createAliDnsProvider({ endpoint: config.alidns.endpoint, credentials: config.alidns.credentials, log });
  }
}

export function createDnsSolver(config: DnsConfig, log: Log, run: SolverRun): Dns01Solver {
  return (challenges) =>
    presentChallenges(createProvider(config, log), challenges, {
      ttl: config.ttl,
      propagationTimeoutMs: config.propagationTimeoutMs,
      resolvers: config.resolvers.length > 0 ? [...config.resolvers] : undefined,
      log,
      ...run,
    });
}

/** Removes every record `ledger` lists (a stopped run's, or a killed main step's). */
export async function removeListedRecords(config: DnsConfig, ledger: TxtLedger, log: Log): Promise<void> {
  if (ledger.size === 0) return;
  await ledger.removeAll(createProvider(config, log), log);
}
