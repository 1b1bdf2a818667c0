// An in-memory DNS service and its provider, shaped like the record-set APIs (Route 53, Huawei
// Cloud): each name's TXT values are one set that a change reads, modifies and writes back, with a
// pause in between as over a network. Two changes of one name at once therefore lose a value,
// exactly the race the solver must avoid. It is the reference the provider contract is written
// against, and the provider of solver tests that need no real API.
import { setTimeout as sleep } from 'node:timers/promises';
import type { DnsProvider, TxtRecord } from '../../src/dns/provider.js';
import { retry } from '../../src/util/retry.js';

export interface MemoryDns {
  /** Name → TXT values, as the service holds them. */
  readonly sets: Map<string, string[]>;
  /** Every change (`append`/`delete` of a name), in order, for assertions. */
  readonly changes: Array<{ kind: 'append' | 'delete'; fqdn: string; value: string }>;
  provider(options?: { secret?: string; name?: string }): DnsProvider;
  throttleNext(times: number): void;
  /** Optionally mirrors every change of a name's set into challtestsrv. */
  mirror?: (fqdn: string, values: string[]) => Promise<void>;
}

export const MEMORY_SECRET_VARIABLE = 'MEMORY_DNS_SECRET';

class ThrottledError extends Error {}

export function memoryDns(zones: string[], secret = 'memory-secret', mirror?: MemoryDns['mirror']): MemoryDns {
  const sets = new Map<string, string[]>();
  const changes: MemoryDns['changes'] = [];
  let throttled = 0;

  async function call<T>(given: string, work: () => Promise<T>): Promise<T> {
    return retry(
      async () => {
        await sleep(1);
        if (throttled > 0) {
          throttled--;
          throw new ThrottledError('throttled');
        }
        if (given !== secret) throw new Error(`the secret in ${MEMORY_SECRET_VARIABLE} is wrong`);
        return work();
      },
      { attempts: 4, minDelayMs: 2, maxDelayMs: 5, shouldRetry: (error) => error instanceof ThrottledError },
    );
  }

  async function write(fqdn: string, values: string[]): Promise<void> {
    await sleep(2);
    if (values.length === 0) sets.delete(fqdn);
    else sets.set(fqdn, values);
    await mirror?.(fqdn, values);
  }

  return {
    sets,
    changes,
    mirror,
    throttleNext(times) {
      throttled = times;
    },
    provider({ secret: given = secret, name = 'MemoryDNS' } = {}) {
      return {
        name,
        listZones: () => call(given, async () => [...zones]),
        appendTxt: (zone, fqdn, value) =>
          call(given, async (): Promise<TxtRecord | undefined> => {
            const current = [...(sets.get(fqdn) ?? [])];
            if (current.includes(value)) return undefined;
            changes.push({ kind: 'append', fqdn, value });
            await write(fqdn, [...current, value]);
            return { zone, fqdn, value };
          }),
        findTxt: (zone, fqdn, value) => call(given, async () => ((sets.get(fqdn) ?? []).includes(value) ? { zone, fqdn, value } : undefined)),
        deleteTxt: (record) =>
          call(given, async () => {
            const current = sets.get(record.fqdn) ?? [];
            if (!current.includes(record.value)) return;
            changes.push({ kind: 'delete', fqdn: record.fqdn, value: record.value });
            await write(
              record.fqdn,
              current.filter((value) => value !== record.value),
            );
          }),
      };
    },
  };
}
