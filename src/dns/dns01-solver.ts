// The provider-independent half of DNS-01: CNAME delegation, provider and zone lookup, adding every
// TXT record (names in parallel, values of one name one after another), one propagation wait, and
// cleanup by the handle each add returned. Deleting by handle rather than by name is what lets an
// apex and a wildcard challenge (same name, two values) and the user's own TXT records coexist.
import type { Log } from '../util/log.js';
import { challengeCnameLookup, recursiveLookupThrough, resolveChallengeName, type CnameLookup } from './cname.js';
import { waitForTxt } from './propagation.js';
import type { DnsProvider, TxtRecord } from './provider.js';
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
}

/** The provider holding `fqdn`, the name the TXT record goes to; `domain` is the name it proves. */
export type ProviderPicker = (fqdn: string, domain: string) => Promise<DnsProvider>;

interface Placement {
  provider: DnsProvider;
  /** Where the TXT record goes: `_acme-challenge.<domain>`, or its CNAME target. */
  fqdn: string;
  zone: string;
  value: string;
}

interface Added {
  provider: DnsProvider;
  record: TxtRecord;
}

/** Publishes every challenge's TXT record and waits until all are visible; `cleanUp` removes exactly those. */
export async function presentChallenges(
  pick: ProviderPicker,
  challenges: readonly Challenge[],
  options: PresentOptions,
): Promise<{ cleanUp(): Promise<void> }> {
  const { log } = options;
  const placements = await placeChallenges(pick, challenges, options);
  const added: Added[] = [];
  let cleaned: Promise<void> | undefined;
  const cleanUp = () => (cleaned ??= removeRecords(added, log));

  try {
    await addRecords(placements, options, added);
    await waitForAll(placements, options);
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

/**
 * Runs `task` over `items`: one group (same key) at a time in order, all groups at once. Record-set
 * providers rewrite a name's whole set, so two values of one name must never be written together.
 */
async function perName<T>(items: T[], key: (item: T) => string, task: (item: T) => Promise<void>): Promise<PromiseSettledResult<void>[]> {
  const results: PromiseSettledResult<void>[] = [];
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => groups.set(key(item), [...(groups.get(key(item)) ?? []), index]));
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      for (const index of indexes) {
        results[index] = await task(items[index]).then(
          (value) => ({ status: 'fulfilled', value }) as const,
          (reason: unknown) => ({ status: 'rejected', reason }) as const,
        );
      }
    }),
  );
  return results;
}

const nameKey = ({ fqdn }: { fqdn: string }) => fqdn;

/** Adds every record; `added` collects the ones that exist, even when others fail. */
async function addRecords(placements: Placement[], { ttl, log }: PresentOptions, added: Added[]): Promise<void> {
  const results = await perName(placements, nameKey, async ({ provider, fqdn, zone, value }) => {
    const record = await provider.appendTxt(zone, fqdn, value, ttl);
    if (record === undefined) {
      log.info(`TXT ${fqdn} already holds this challenge value; it is left in place afterwards`);
      return;
    }
    added.push({ provider, record });
    log.info(`Added TXT ${fqdn} in zone ${zone}${describeId(record)}`);
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
  // The first failure is the one to report: the others may only be queries it cancelled.
  let firstFailure: unknown;
  const waits = [...names].map(([fqdn, { zone, values }]) =>
    waitForTxt(fqdn, values, {
      zone,
      resolvers: options.resolvers,
      timeoutMs: options.propagationTimeoutMs,
      log: options.log,
      signal: stop.signal,
    }).catch((error: unknown) => {
      firstFailure ??= error;
      stop.abort();
    }),
  );
  // Settle every wait first so none is still running (and logging) once the caller cleans up.
  await Promise.all(waits);
  if (firstFailure !== undefined) throw firstFailure;
}

async function removeRecords(added: Added[], log: Log): Promise<void> {
  const results = await perName(added, ({ record }) => record.fqdn, ({ provider, record }) => provider.deleteTxt(record));
  const leftovers = new Map<DnsProvider, TxtRecord[]>();
  results.forEach((result, index) => {
    const { provider, record } = added[index];
    if (result.status === 'fulfilled') {
      log.info(`Removed TXT ${record.fqdn}${describeId(record)}`);
    } else {
      leftovers.set(provider, [...(leftovers.get(provider) ?? []), record]);
      log.warning(`Could not remove TXT ${record.fqdn}${describeId(record)} at ${provider.name}: ${(result.reason as Error).message}`);
    }
  });
  for (const [provider, records] of leftovers) {
    log.warning(
      `${records.length} TXT record(s) this run added are still in ${provider.name}; delete them by hand: ` +
        records.map((record) => `${record.fqdn} in zone ${record.zone}${describeId(record) || ` with value "${record.value}"`}`).join(', '),
    );
  }
}

function describeId(record: TxtRecord): string {
  return record.id === undefined ? '' : ` (record ${record.id})`;
}
