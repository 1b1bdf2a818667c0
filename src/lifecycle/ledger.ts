// A list of things this run put somewhere and must take away again (TXT records, HTTP-01 token
// files), written down before each is put there and after every change, so that whoever cleans up
// — the code that placed them, a stopped run, or the post step after the main step was killed —
// finds exactly this run's things and no one else's.
export type Persist<E> = (entries: readonly E[]) => void;

export abstract class Ledger<E extends object> {
  private entries: E[];

  /** `listed` is what an earlier step persisted; anything in it that is not an entry is ignored. */
  protected constructor(
    private readonly persist: Persist<E>,
    listed: unknown,
    isEntry: (value: unknown) => value is E,
  ) {
    this.entries = Array.isArray(listed) ? listed.filter(isEntry) : [];
  }

  get size(): number {
    return this.entries.length;
  }

  protected get listed(): readonly E[] {
    return [...this.entries];
  }

  protected add(entry: E): E {
    this.entries.push(entry);
    this.save();
    return entry;
  }

  protected drop(entry: E): void {
    this.entries = this.entries.filter((candidate) => candidate !== entry);
    this.save();
  }

  protected save(): void {
    this.persist(this.entries);
  }
}
