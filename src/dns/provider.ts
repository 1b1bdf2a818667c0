// The one thing a DNS provider must do for DNS-01: add and delete TXT records in zones it hosts.
// Zone discovery, CNAME delegation, propagation checks, parallelism and cleanup bookkeeping live once,
// in the solver and its ledger, so another provider is one small module (as with lego's Present/CleanUp and libdns).

/**
 * What `appendTxt` hands back and `deleteTxt` gets again: enough to delete exactly that value.
 * Plain data, so it can be logged and kept between steps.
 */
export interface TxtRecord {
  /** The zone it was added in: ASCII, lowercase, no trailing dot. */
  readonly zone: string;
  /** Fully qualified name: ASCII, lowercase, no trailing dot. */
  readonly fqdn: string;
  readonly value: string;
  /** The provider's record id, for providers that keep one record per value. */
  readonly id?: string;
}

export interface DnsProvider {
  /** Human name for logs and errors, e.g. "AliDNS". */
  readonly name: string;
  /** Every zone the credentials can edit: ASCII (punycode), lowercase, no trailing dot. */
  listZones(): Promise<string[]>;
  /**
   * For providers that cannot list zones (a name server taking RFC 2136 updates): the zone holding
   * `fqdn`, asked of the service itself. The solver uses it instead of `listZones` when present.
   */
  zoneOf?(fqdn: string): Promise<string | undefined>;
  /**
   * Adds one TXT value at `fqdn` (inside `zone`) beside any values already there. Returns the
   * handle to delete it by, or undefined when the identical value already existed — then it is not
   * this run's to delete. Callers never run two calls for one name at once (see `perName`), so
   * record-set providers may read, modify and write a name's set.
   */
  appendTxt(zone: string, fqdn: string, value: string, ttl: number): Promise<TxtRecord | undefined>;
  /**
   * The handle of the TXT value `value` at `fqdn`, if it is there: how a record whose add was never
   * answered is found for deletion.
   */
  findTxt(zone: string, fqdn: string, value: string): Promise<TxtRecord | undefined>;
  /** Deletes exactly the value `appendTxt` added, and nothing else; a value already gone is not an error. */
  deleteTxt(record: TxtRecord): Promise<void>;
}
