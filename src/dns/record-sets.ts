// The DnsProvider of services that keep all TXT values of a name as one record set (Route 53,
// Huawei Cloud): a value is added or removed by rewriting the set, and the set goes with its last
// value, as lego does. The solver never changes one name twice at once, so read-modify-write is safe.
import type { DnsProvider, TxtRecord } from './provider.js';

export interface TxtSet<S> {
  /** The values, unquoted. */
  values: string[];
  ttl: number;
  /** The service's own view of the set, handed back to `write` and `remove`. */
  current: S;
}

export interface RecordSetApi<S> {
  name: string;
  listZones(): Promise<string[]>;
  read(zone: string, fqdn: string): Promise<TxtSet<S> | undefined>;
  /** Stores `values` as the set at `fqdn`; `existing` is the set being replaced, if any. */
  write(zone: string, fqdn: string, values: string[], ttl: number, existing?: TxtSet<S>): Promise<void>;
  remove(zone: string, fqdn: string, existing: TxtSet<S>): Promise<void>;
}

export function recordSetProvider<S>(api: RecordSetApi<S>): DnsProvider {
  return {
    name: api.name,
    listZones: () => api.listZones(),

    async appendTxt(zone, fqdn, value, ttl): Promise<TxtRecord | undefined> {
      const existing = await api.read(zone, fqdn);
      if (existing?.values.includes(value)) return undefined;
      await api.write(zone, fqdn, [...(existing?.values ?? []), value], existing?.ttl ?? ttl, existing);
      return { zone, fqdn, value };
    },

    async findTxt(zone, fqdn, value) {
      return (await api.read(zone, fqdn))?.values.includes(value) ? { zone, fqdn, value } : undefined;
    },

    async deleteTxt({ zone, fqdn, value }) {
      const existing = await api.read(zone, fqdn);
      if (!existing?.values.includes(value)) return;
      const rest = existing.values.filter((other) => other !== value);
      if (rest.length === 0) await api.remove(zone, fqdn, existing);
      else await api.write(zone, fqdn, rest, existing.ttl, existing);
    },
  };
}
