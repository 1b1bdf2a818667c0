// The provider-independent half of DNS-01: zone lookup, adding every TXT record at once, one
// propagation wait, and cleanup by record id. Deleting by id rather than by name is what lets an
// apex and a wildcard challenge (same name, two values) and the user's own TXT records coexist.
import type { Log } from '../util/log.js';
import { waitForTxt } from './propagation.js';
import type { DnsProvider } from './provider.js';
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
}

interface Placement {
  fqdn: string;
  zone: string;
  rr: string;
  value: string;
}

interface AddedRecord extends Placement {
  recordId: string;
}

/** Publishes every challenge's TXT record and waits until all are visible; `cleanUp` removes exactly those. */
export async function presentChallenges(
  provider: DnsProvider,
  challenges: readonly Challenge[],
  options: PresentOptions,
): Promise<{ cleanUp(): Promise<void> }> {
  const { log } = options;
  const placements = placeChallenges(provider.name, await provider.listZones(), challenges);
  const added: AddedRecord[] = [];
  let cleaned: Promise<void> | undefined;
  const cleanUp = () => (cleaned ??= removeRecords(provider, added, log));

  try {
    await addRecords(provider, placements, options, added);
    await waitForAll(placements, options);
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

/** Adds every record in parallel; `added` collects the ones that exist, even when others fail. */
async function addRecords(
  provider: DnsProvider,
  placements: Placement[],
  { ttl, log }: PresentOptions,
  added: AddedRecord[],
): Promise<void> {
  const results = await Promise.allSettled(
    placements.map(async (placement) => {
      const recordId = await provider.appendTxt(placement.zone, placement.rr, placement.value, ttl);
      if (recordId === undefined) {
        log.info(`TXT ${placement.fqdn} already holds this challenge value; it is left in place afterwards`);
        return;
      }
      added.push({ ...placement, recordId });
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

async function removeRecords(provider: DnsProvider, added: AddedRecord[], log: Log): Promise<void> {
  const results = await Promise.allSettled(added.map((record) => provider.deleteRecord(record.zone, record.recordId)));
  const leftovers: AddedRecord[] = [];
  results.forEach((result, index) => {
    const record = added[index];
    if (result.status === 'fulfilled') {
      log.info(`Removed TXT ${record.fqdn} (record ${record.recordId})`);
    } else {
      leftovers.push(record);
      log.warning(`Could not remove TXT ${record.fqdn} (record ${record.recordId}): ${(result.reason as Error).message}`);
    }
  });
  if (leftovers.length > 0) {
    log.warning(
      `${leftovers.length} TXT record(s) this run added are still in ${provider.name}; delete them by hand: ` +
        leftovers.map((record) => `${record.fqdn} in zone ${record.zone} (record ${record.recordId})`).join(', '),
    );
  }
}
