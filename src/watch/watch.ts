// Looks at what each watched endpoint serves: names, issuer, days left. A failure to connect is a
// finding about that endpoint, never an error of the run.
import type { X509Certificate } from 'node:crypto';
import { DAY_MS } from '../acme/certificate-info.js';
import { fetchServedCertificate } from '../deploy/verify-tls.js';
import type { WatchTarget } from './watch-config.js';

export interface ServedCertificate {
  readonly names: readonly string[];
  readonly issuer: string;
  readonly serial: string;
  readonly notAfter: string;
  readonly daysLeft: number;
}

export interface WatchResult {
  readonly target: string;
  readonly served?: ServedCertificate;
  readonly problem?: string;
}

const WATCH_TIMEOUT_MS = 10_000;

export async function watchTargets(targets: readonly WatchTarget[], now: Date, timeoutMs = WATCH_TIMEOUT_MS): Promise<WatchResult[]> {
  return Promise.all(
    targets.map(async (target) => {
      try {
        const leaf = await fetchServedCertificate(target.host, target.port, target.servername, timeoutMs);
        return { target: target.label, served: describeServed(leaf, now) };
      } catch (error) {
        return { target: target.label, problem: (error as Error).message };
      }
    }),
  );
}

function describeServed(leaf: X509Certificate, now: Date): ServedCertificate {
  const notAfter = new Date(leaf.validTo);
  return {
    names: (leaf.subjectAltName ?? '')
      .split(', ')
      .filter((entry) => entry.startsWith('DNS:') || entry.startsWith('IP Address:'))
      .map((entry) => entry.slice(entry.indexOf(':') + 1)),
    issuer: commonName(leaf.issuer),
    serial: leaf.serialNumber.toUpperCase(),
    notAfter: notAfter.toISOString(),
    daysLeft: Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS),
  };
}

/** The issuer's CN (else its O), which is how people name a CA. */
function commonName(distinguishedName: string): string {
  const fields = Object.fromEntries(distinguishedName.split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return fields.CN ?? fields.O ?? distinguishedName.replace(/\n/g, ', ');
}
