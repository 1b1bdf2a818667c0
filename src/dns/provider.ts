// The one thing a DNS provider must do for DNS-01: add and delete TXT records in zones it hosts.
// Zone discovery, propagation checks, parallelism and cleanup bookkeeping live once, in the solver,
// so another provider is one small module (as with lego's Present/CleanUp and libdns).

export interface DnsProvider {
  /** Human name for logs and errors, e.g. "AliDNS". */
  readonly name: string;
  /** Every zone the credentials can edit: ASCII (punycode), lowercase, no trailing dot. */
  listZones(): Promise<string[]>;
  /**
   * Adds one TXT value at `rr` (relative to `zone`, '@' for the apex) beside any values already
   * there. Returns the new record's id, or undefined when the identical record already existed —
   * then it is not this run's to delete.
   */
  appendTxt(zone: string, rr: string, value: string, ttl: number): Promise<string | undefined>;
  /** The id of the TXT record at `rr` holding exactly `value`, if there is one. */
  findTxt(zone: string, rr: string, value: string): Promise<string | undefined>;
  /** Deletes exactly the record `appendTxt` returned. */
  deleteRecord(zone: string, recordId: string): Promise<void>;
}
