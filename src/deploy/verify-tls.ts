// Proof that a host really serves the new certificate after its reload: files in place and a reload
// that exits 0 still leave room for a server that reads other files, or has not reloaded at all.
import { X509Certificate } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect as tlsConnect, createSecureContext, type ConnectionOptions, type SecureContext, type TLSSocket } from 'node:tls';

/** One for every check of the run: building a context per connection costs more than the handshake. */
let sharedContext: SecureContext | undefined;

/** Opens the TCP connection the TLS handshake runs over (e.g. a channel through a jump host). */
export type Dial = () => Promise<Duplex>;

/**
 * The leaf certificate host:port presents for `servername`. The chain is not validated: the check
 * compares bytes with the certificate just deployed, which is stronger than trust and works for
 * staging CAs and self-signed test certificates alike.
 */
export async function fetchServedCertificate(
  host: string,
  port: number,
  servername: string | undefined,
  timeoutMs: number,
  dial?: Dial,
): Promise<X509Certificate> {
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const deadline = Date.now() + timeoutMs;
  let socket: TLSSocket | undefined;
  let carrier: Duplex | undefined;
  try {
    if (dial) carrier = await dial();
    const transport: ConnectionOptions = carrier ? { socket: carrier } : { host, port };
    sharedContext ??= createSecureContext();
    const tls = tlsConnect({ ...transport, ...(servername ? { servername } : {}), rejectUnauthorized: false, secureContext: sharedContext });
    socket = tls;
    await new Promise<void>((resolve, reject) => {
      tls.once('secureConnect', resolve);
      tls.once('error', reject);
      tls.setTimeout(Math.max(1, deadline - Date.now()), () => reject(new Error('no TLS handshake in time')));
    });
    const raw = tls.getPeerCertificate().raw;
    if (!raw) throw new Error('the server presented no certificate');
    return new X509Certificate(raw);
  } catch (error) {
    throw new Error(`TLS to ${where}: ${(error as Error).message}`, { cause: error });
  } finally {
    socket?.destroy();
    // A channel through a jump host outlives the TLS socket on it unless closed as well.
    carrier?.destroy();
  }
}

export interface ServedCheck {
  host: string;
  port: number;
  servername: string | undefined;
  /** The leaf that must be served, or with `gone`, must no longer be served. */
  leaf: X509Certificate;
  gone?: boolean;
  /** Time allowed for the whole check, retries included. */
  timeoutMs: number;
  dial?: Dial;
}

export type ServedOutcome = { ok: true; served: X509Certificate } | { ok: false; served?: X509Certificate; problem: string };

// nginx's new workers usually answer within tens of milliseconds of `-s reload` returning.
const FIRST_PAUSE_MS = 20;
const LONGEST_PAUSE_MS = 1000;

/**
 * Polls until the served leaf is (or is no longer) `leaf`, or time runs out: reloads are
 * asynchronous (nginx's `-s reload` returns before the new workers answer), so the first look may
 * still see the certificate from before.
 */
export async function waitForServedCertificate(check: ServedCheck): Promise<ServedOutcome> {
  const deadline = Date.now() + check.timeoutMs;
  let last: ServedOutcome | undefined;
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      const served = await fetchServedCertificate(check.host, check.port, check.servername, Math.max(1, deadline - Date.now()), check.dial);
      const isLeaf = served.fingerprint256 === check.leaf.fingerprint256;
      if (isLeaf !== Boolean(check.gone)) return { ok: true, served };
      const problem = check.gone
        ? `port ${check.port} still serves the new certificate (${describe(served)})`
        : `port ${check.port} still serves another certificate (${describe(served)}), not the new one (${describe(check.leaf)})`;
      last = { ok: false, served, problem };
    } catch (error) {
      last = { ok: false, problem: (error as Error).message };
    }
    // A last try squeezed into the final milliseconds would only time out and hide what was seen.
    const left = deadline - Date.now();
    if (left <= pause) return last;
    await sleep(pause);
  }
}

/** Unlikely to be a site of its own, so a host's wildcard site answers it. */
const WILDCARD_CHECK_LABEL = 'acme-deploy-check';

/**
 * The name to send as SNI when the host gives none: the first non-wildcard name, else a label under
 * the first wildcard. The wildcard's base name is not covered by it, and a server that serves only
 * `*.example.com` answers it with its default certificate.
 */
export function verificationName(domains: readonly string[]): string | undefined {
  const plain = domains.find((name) => !name.startsWith('*.'));
  return plain ?? (domains[0] ? `${WILDCARD_CHECK_LABEL}.${domains[0].slice(2)}` : undefined);
}


function describe(certificate: X509Certificate): string {
  return `serial ${certificate.serialNumber}, SHA-256 ${certificate.fingerprint256.slice(0, 23)}…`;
}
