// The TXT records this run added, written down before each add and updated after it, so that
// whoever cleans up — the solver, a stopped run, or the post step after the main step was killed —
// removes exactly this run's records. An add whose answer never came (lost or cut short) may still
// have worked; its record is then found by its value, which is unique to this run's challenge.
import { Ledger, type Persist } from '../lifecycle/ledger.js';
import type { Log } from '../util/log.js';
import type { DnsProvider } from './provider.js';

export interface LedgerEntry {
  readonly fqdn: string;
  readonly zone: string;
  readonly rr: string;
  readonly value: string;
  /** Set once the provider answered the add; absent while it is in flight or its outcome is unknown. */
  recordId?: string;
}

export class TxtLedger extends Ledger<LedgerEntry> {
  private removal: Promise<void> = Promise.resolve();

  /** `persist` is told the entries after every change; `listed` is what it was told last (for the post step). */
  constructor(persist: Persist<LedgerEntry> = () => {}, listed: unknown = []) {
    super(persist, listed, isEntry);
  }

  /** Call before asking the provider to add the record. */
  adding(entry: Omit<LedgerEntry, 'recordId'>): LedgerEntry {
    return this.add({ ...entry });
  }

  added(entry: LedgerEntry, recordId: string): void {
    entry.recordId = recordId;
    this.save();
  }

  /** The add made no record of this run's (the identical record was there before): nothing to remove. */
  forget(entry: LedgerEntry): void {
    this.drop(entry);
  }

  /**
   * Removes every listed record; ones whose removal fails stay listed (and are named). Calls made
   * while one is running wait for it, then handle what is still listed.
   */
  removeAll(provider: DnsProvider, log: Log): Promise<void> {
    this.removal = this.removal.then(() => this.removeListed(provider, log));
    return this.removal;
  }

  private async removeListed(provider: DnsProvider, log: Log): Promise<void> {
    const listed = this.listed;
    const results = await Promise.allSettled(listed.map((entry) => this.remove(provider, entry, log)));
    const leftovers = listed.filter((_, index) => results[index].status === 'rejected');
    results.forEach((result, index) => {
      if (result.status === 'rejected') {
        log.warning(`Could not remove TXT ${describe(listed[index])}: ${(result.reason as Error).message}`);
      }
    });
    if (leftovers.length > 0) {
      log.warning(
        `${leftovers.length} TXT record(s) this run added are still in ${provider.name}; the action's post step tries again, ` +
          `else delete them by hand: ${leftovers.map(describe).join(', ')}`,
      );
    }
  }

  private async remove(provider: DnsProvider, entry: LedgerEntry, log: Log): Promise<void> {
    const recordId = entry.recordId ?? (await provider.findTxt(entry.zone, entry.rr, entry.value));
    if (recordId !== undefined) {
      try {
        await provider.deleteRecord(entry.zone, recordId);
        log.info(`Removed TXT ${entry.fqdn} (record ${recordId})`);
      } catch (error) {
        // Removed already (by an earlier pass whose answer was lost, or by hand): nothing to do.
        if ((await provider.findTxt(entry.zone, entry.rr, entry.value)) !== undefined) throw error;
      }
    }
    this.drop(entry);
  }

}

function describe(entry: LedgerEntry): string {
  return `${entry.fqdn} in zone ${entry.zone} (${entry.recordId ? `record ${entry.recordId}` : `value ${entry.value}`})`;
}

function isEntry(value: unknown): value is LedgerEntry {
  const entry = value as Partial<LedgerEntry> | null;
  return Boolean(entry && typeof entry.zone === 'string' && typeof entry.rr === 'string' && typeof entry.value === 'string' && typeof entry.fqdn === 'string');
}
