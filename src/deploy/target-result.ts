// What became of one deployment target, SSH host or cloud service alike: the report lists them in
// one table and the outputs sort them by status.

export interface TargetResult {
  /** `host:port`, `cas:<name>`, `cdn:<domain>`, `dcdn:<domain>` or `slb:<region>/<lb-id>:<port>`. */
  target: string;
  status: 'deployed' | 'skipped' | 'failed' | 'would-deploy';
  reason?: string;
  /** End of validity of the certificate the target was seen serving afterwards (ISO 8601). */
  servedNotAfter?: string;
  /** Serial (uppercase hex) of the certificate the target was seen serving afterwards. */
  servedSerial?: string;
}
