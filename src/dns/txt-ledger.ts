// The TXT records this run added, written down before each add and updated after it, so that
// whoever cleans up — the solver, a stopped run, or the post step after the main step was killed —
// removes exactly this run's records. An add whose answer never came (lost or cut short) may still
// have worked; its record is then found by its value, which is unique to this run's challenge.
import { Ledger, type Persist } from '../lifecycle/ledger.js';
import type { Log } from '../util/log.js';
import { inKeyOrder } from '../util/per-key.js';
import type { DnsProvider, TxtRecord } from './provider.js';

export interface LedgerEntry {
  /** The provider's name (DnsProvider.name): a run may use several. */
  readonly provider: string;
  readonly fqdn: string;
  readonly zone: string;
  readonly value: string;
  /** Set once the provider answered the add; absent while it is in flight or its outcome is unknown. */
  record?: TxtRecord;
}

/** The provider of a ledger entry, by its name. */
export type ProviderNamed = (name: string) => Promise<DnsProvider>;

export class TxtLedger extends Ledger<LedgerEntry> {
  private removal: Promise<void> = Promise.resolve();

  /** `persist` is told the entries after every change; `listed` is what it was told last (for the post step). */
  constructor(persist: Persist<LedgerEntry> = () => {}, listed: unknown = []) {
    super(persist, listed, isEntry);
  }

  /** Call before asking the provider to add the record. */
  adding(entry: Omit<LedgerEntry, 'record'>): LedgerEntry {
    return this.add({ ...entry });
  }

  added(entry: LedgerEntry, record: TxtRecord): void {
    entry.record = record;
    this.save();
  }

  /** The add made no record of this run's (the identical record was there before): nothing to remove. */
  forget(entry: LedgerEntry): void {
    this.drop(entry);
  }

  /**
   * Removes every listed record (values of one name one after another); ones whose removal fails
   * stay listed (and are named). Calls made while one is running wait for it, then handle what is
   * still listed.
   */
  removeAll(providerNamed: ProviderNamed, log: Log): Promise<void> {
    this.removal = this.removal.then(() => this.removeListed(providerNamed, log));
    return this.removal;
  }

  private async removeListed(providerNamed: ProviderNamed, log: Log): Promise<void> {
    const listed = this.listed;
    const results = await inKeyOrder(listed, (entry) => entry.fqdn, async (entry) => this.remove(await providerNamed(entry.provider), entry, log));
    const leftovers = new Map<string, LedgerEntry[]>();
    results.forEach((result, index) => {
      if (result.status === 'fulfilled') return;
      const entry = listed[index];
      log.warning(`Could not remove TXT ${describe(entry)}: ${(result.reason as Error).message}`);
      leftovers.set(entry.provider, [...(leftovers.get(entry.provider) ?? []), entry]);
    });
    for (const [provider, entries] of leftovers) {
      log.warning(
        `${entries.length} TXT record(s) this run added are still in ${provider}; the action's post step tries again, ` +
          `else delete them by hand: ${entries.map(describe).join(', ')}`,
      );
    }
  }

  private async remove(provider: DnsProvider, entry: LedgerEntry, log: Log): Promise<void> {
    const record = entry.record ?? (await provider.findTxt(entry.zone, entry.fqdn, entry.value));
    if (record !== undefined) {
      try {
        await provider.deleteTxt(record);
        log.info(`Removed TXT ${entry.fqdn}${record.id === undefined ? '' : ` (record ${record.id})`}`);
      } catch (error) {
        // Removed already (by an earlier pass whose answer was lost, or by hand): nothing to do.
        if ((await provider.findTxt(entry.zone, entry.fqdn, entry.value)) !== undefined) throw error;
      }
    }
    this.drop(entry);
  }
}

function describe(entry: LedgerEntry): string {
  return `${entry.fqdn} in zone ${entry.zone} (${entry.record?.id ? `record ${entry.record.id}` : `value ${entry.value}`})`;
}

function isEntry(value: unknown): value is LedgerEntry {
  const entry = value as Partial<LedgerEntry> | null;
  return Boolean(
    entry && typeof entry.provider === 'string' && typeof entry.zone === 'string' && typeof entry.value === 'string' && typeof entry.fqdn === 'string',
  );
}
