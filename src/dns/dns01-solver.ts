// The provider-independent half of DNS-01: zone lookup, adding every TXT record at once, one
// propagation wait, and cleanup by record id. Deleting by id rather than by name is what lets an
// apex and a wildcard challenge (same name, two values) and the user's own TXT records coexist.
import { setMaxListeners } from 'node:events';
import { abortable } from '../util/abortable.js';
import type { Log } from '../util/log.js';
import { waitForTxt } from './propagation.js';
import type { DnsProvider } from './provider.js';
import { TxtLedger } from './txt-ledger.js';
import { challengeName, findZone, relativeName } from './zones.js';

export interface Challenge {
  /** The identifier in ASCII, without `*.`. */
  domain: string;
  value: string;
}

export interface PresentOptions {
  ttl: number;
  propagationTimeoutMs: number;
  resolvers?: string[];
  log: Log;
  /** Where added records are written down; a fresh ledger unless the run keeps one. */
  ledger?: TxtLedger;
  /** Stops adding and waiting (the run was cancelled); records already added are still removed. */
  signal?: AbortSignal;
  /** Told what the solver waits for while it waits. */
  waitingFor?: WaitingFor;
}

/** Runs `work`, naming what it waits for (so that a stopped run can say so). */
export type WaitingFor = <T>(what: string, work: () => Promise<T>) => Promise<T>;

interface Placement {
  fqdn: string;
  zone: string;
  rr: string;
  value: string;
}

/** Publishes every challenge's TXT record and waits until all are visible; `cleanUp` removes exactly those. */
export async function presentChallenges(
  provider: DnsProvider,
  challenges: readonly Challenge[],
  options: PresentOptions,
): Promise<{ cleanUp(): Promise<void> }> {
  const { log } = options;
  const placements = placeChallenges(provider.name, await abortable(provider.listZones(), options.signal), challenges);
  const ledger = options.ledger ?? new TxtLedger();
  let cleaned: Promise<void> | undefined;
  const cleanUp = () => (cleaned ??= ledger.removeAll(provider, log));

  try {
    await addRecords(provider, placements, options, ledger);
    const names = [...new Set(placements.map((placement) => placement.fqdn))].join(', ');
    const waitingFor = options.waitingFor ?? ((_what, work) => work());
    await waitingFor(`the TXT records of ${names} to be served (dns-propagation-timeout)`, () => waitForAll(placements, options));
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return { cleanUp };
}

function placeChallenges(providerName: string, zones: string[], challenges: readonly Challenge[]): Placement[] {
  return challenges.map(({ domain, value }) => {
    const fqdn = challengeName(domain);
    const zone = findZone(fqdn, zones);
    if (zone === undefined) {
      throw new Error(
        `no ${providerName} zone for ${domain} among the ${zones.length} zones these credentials can see; ` +
          `add the domain to ${providerName}, or use credentials of the account that hosts it`,
      );
    }
    return { fqdn, zone, rr: relativeName(fqdn, zone), value };
  });
}

/** Adds every record in parallel, each written in `ledger` before it is asked for. */
async function addRecords(
  provider: DnsProvider,
  placements: Placement[],
  { ttl, log, signal }: PresentOptions,
  ledger: TxtLedger,
): Promise<void> {
  const results = await Promise.allSettled(
    placements.map(async (placement) => {
      signal?.throwIfAborted();
      const entry = ledger.adding(placement);
      // A cancelled run stops waiting for the answer; the ledger still finds the record by value.
      const recordId = await abortable(provider.appendTxt(placement.zone, placement.rr, placement.value, ttl), signal);
      if (recordId === undefined) {
        ledger.forget(entry);
        log.info(`TXT ${placement.fqdn} already holds this challenge value; it is left in place afterwards`);
        return;
      }
      ledger.added(entry, recordId);
      log.info(`Added TXT ${placement.fqdn} in zone ${placement.zone} (record ${recordId})`);
    }),
  );
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Waits once per name, all names at once; the first name that times out stops the others. */
async function waitForAll(placements: Placement[], options: PresentOptions): Promise<void> {
  const names = new Map<string, { zone: string; values: string[] }>();
  for (const { fqdn, zone, value } of placements) {
    const name = names.get(fqdn) ?? { zone, values: [] };
    name.values.push(value);
    names.set(fqdn, name);
  }
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([stop.signal, options.signal]) : stop.signal;
  // One listener per name: 100 names are no leak (Node would warn past 10).
  setMaxListeners(0, signal);
  // The first failure is the one to report: the others may only be queries it cancelled.
  let firstFailure: unknown;
  const waits = [...names].map(([fqdn, { zone, values }]) =>
    waitForTxt(fqdn, values, {
      zone,
      resolvers: options.resolvers,
      timeoutMs: options.propagationTimeoutMs,
      log: options.log,
      signal,
    }).catch((error: unknown) => {
      firstFailure ??= error;
      stop.abort();
    }),
  );
  // Settle every wait first so none is still running (and logging) once the caller cleans up.
  await Promise.all(waits);
  if (firstFailure !== undefined) throw firstFailure;
}
