// The provider-independent half of DNS-01: CNAME delegation, provider and zone lookup, adding every
// TXT record (names in parallel, values of one name one after another) written down in the ledger
// first, one propagation wait, and cleanup by the handle each add returned. Deleting by handle
// rather than by name is what lets an apex and a wildcard challenge (same name, two values) and the
// user's own TXT records coexist.
import { setMaxListeners } from 'node:events';
import { abortable } from '../util/abortable.js';
import type { Log } from '../util/log.js';
import { inKeyOrder } from '../util/per-key.js';
import { challengeCnameLookup, recursiveLookupThrough, resolveChallengeName, type CnameLookup } from './cname.js';
import { waitForTxt } from './propagation.js';
import type { DnsProvider } from './provider.js';
import { TxtLedger } from './txt-ledger.js';
import { challengeName, findZone } from './zones.js';

export interface Challenge {
  /** The identifier in ASCII, without `*.`. */
  domain: string;
  value: string;
}

export interface PresentOptions {
  ttl: number;
  propagationTimeoutMs: number;
  resolvers?: string[];
  /** Place the TXT record at the end of `_acme-challenge`'s CNAME chain (lego's default). */
  followCname?: boolean;
  /** For tests: the CNAME lookups instead of `resolvers` or the system's. */
  cnameLookup?: CnameLookup;
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

/** The provider holding `fqdn`, the name the TXT record goes to; `domain` is the name it proves. */
export type ProviderPicker = (fqdn: string, domain: string) => Promise<DnsProvider>;

interface Placement {
  provider: DnsProvider;
  /** Where the TXT record goes: `_acme-challenge.<domain>`, or its CNAME target. */
  fqdn: string;
  zone: string;
  value: string;
}

/** Publishes every challenge's TXT record and waits until all are visible; `cleanUp` removes exactly those. */
export async function presentChallenges(
  pick: ProviderPicker,
  challenges: readonly Challenge[],
  options: PresentOptions,
): Promise<{ cleanUp(): Promise<void> }> {
  const { log } = options;
  const placements = await abortable(placeChallenges(pick, challenges, options), options.signal);
  const ledger = options.ledger ?? new TxtLedger();
  const used = new Map(placements.map(({ provider }) => [provider.name, provider]));
  let cleaned: Promise<void> | undefined;
  const cleanUp = () => (cleaned ??= ledger.removeAll(async (name) => used.get(name) ?? Promise.reject(new Error(`no DNS provider ${name} in this run`)), log));

  try {
    await addRecords(placements, options, ledger);
    const names = [...new Set(placements.map((placement) => placement.fqdn))].join(', ');
    const waitingFor = options.waitingFor ?? ((_what, work) => work());
    await waitingFor(`the TXT records of ${names} to be served (dns-propagation-timeout)`, () => waitForAll(placements, options));
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return { cleanUp };
}

async function placeChallenges(pick: ProviderPicker, challenges: readonly Challenge[], options: PresentOptions): Promise<Placement[]> {
  const zoneLists = new Map<DnsProvider, Promise<string[]>>();
  /** The zone of `fqdn` at `provider` and the zones it looked among (none for a provider that is asked). */
  const zoneAt = async (provider: DnsProvider, fqdn: string) => {
    if (provider.zoneOf) return { zone: await provider.zoneOf(fqdn), zones: undefined };
    if (!zoneLists.has(provider)) zoneLists.set(provider, provider.listZones());
    const zones = await zoneLists.get(provider)!;
    return { zone: findZone(fqdn, zones), zones };
  };
  return Promise.all(
    challenges.map(async ({ domain, value }) => {
      const name = challengeName(domain);
      const fqdn = options.followCname ? await followCname(name, domain) : name;
      if (fqdn !== name) options.log.info(`${name} is delegated by CNAME to ${fqdn}; the TXT record goes there`);
      const provider = await pick(fqdn, domain);
      const { zone, zones } = await zoneAt(provider, fqdn);
      if (zone === undefined) {
        const what = fqdn === name ? domain : `${fqdn} (the CNAME target of ${name})`;
        const seen = zones ? `among the ${zones.length} zones these credentials can see` : 'on its name server';
        throw new Error(
          `no ${provider.name} zone for ${what} ${seen}; ` +
            `add the domain to ${provider.name}, or use credentials of the account that hosts it`,
        );
      }
      return { provider, fqdn, zone, value };
    }),
  );

  async function followCname(name: string, domain: string): Promise<string> {
    const lookup =
      options.cnameLookup ??
      challengeCnameLookup(await recursiveLookupThrough(options.resolvers), async (link) => (await zoneAt(await pick(link, domain), link)).zone);
    // As in lego, a lookup that fails ends the chain: most names have no CNAME at all.
    return resolveChallengeName(name, lookup).catch((error: Error) => {
      options.log.warning(`${error.message}; the TXT record goes to ${name}`);
      return name;
    });
  }
}

/** Adds every record (each written in `ledger` before it is asked for); `ledger` keeps the ones that exist, even when others fail. */
async function addRecords(placements: Placement[], { ttl, log, signal }: PresentOptions, ledger: TxtLedger): Promise<void> {
  const results = await inKeyOrder(placements, ({ fqdn }) => fqdn, async ({ provider, fqdn, zone, value }) => {
    signal?.throwIfAborted();
    const entry = ledger.adding({ provider: provider.name, fqdn, zone, value });
    // A cancelled run stops waiting for the answer; the ledger still finds the record by value.
    const record = await abortable(provider.appendTxt(zone, fqdn, value, ttl), signal);
    if (record === undefined) {
      ledger.forget(entry);
      log.info(`TXT ${fqdn} already holds this challenge value; it is left in place afterwards`);
      return;
    }
    ledger.added(entry, record);
    log.info(`Added TXT ${fqdn} in zone ${zone}${record.id === undefined ? '' : ` (record ${record.id})`}`);
  });
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

