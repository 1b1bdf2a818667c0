// What every cloud target compares and uploads: the chain and key, plus the leaf's identity in the
// forms the services report it (serial, expiry, SHA-1 and SHA-256 fingerprints).
import { X509Certificate } from 'node:crypto';
import { describeCertificate } from '../acme/certificate-info.js';
import type { CertificateBundle } from './deploy-host.js';
import type { TargetResult } from './target-result.js';

export interface CloudCertificate {
  readonly fullchainPem: string;
  readonly keyPem: string;
  /** Uppercase hex, no leading zeros beyond what openssl prints. */
  readonly serial: string;
  readonly notAfter: Date;
  /** Uppercase hex without separators. */
  readonly sha256: string;
  /** Uppercase hex without separators. */
  readonly sha1: string;
  /**
   * `<certificate name>-<serial>`: unique per certificate, so an upload never clashes with an older
   * one, and recognisable, so cleanup only ever touches this action's own uploads.
   */
  readonly uploadName: string;
}

/** Room for the certificate name in an upload's name: CAS allows 64 characters, a serial takes up to 40. */
const NAME_ROOM = 64 - 1 - 40;

/** The certificate name as every upload starts, `<name>-`; the part after it is the hex serial. */
export function uploadPrefix(certificateName: string): string {
  // Uploads are named with letters, digits, `.`, `_` and `-` only (the strictest service's rule).
  return `${certificateName.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, NAME_ROOM)}-`;
}

export function toCloudCertificate(bundle: CertificateBundle & { keyPem: string }): CloudCertificate {
  const info = describeCertificate(bundle.fullchainPem);
  const leaf = new X509Certificate(bundle.fullchainPem);
  return {
    fullchainPem: bundle.fullchainPem,
    keyPem: bundle.keyPem,
    serial: info.serial,
    notAfter: info.notAfter,
    sha256: info.fingerprintSha256.replace(/:/g, ''),
    sha1: leaf.fingerprint.replace(/:/g, ''),
    uploadName: `${uploadPrefix(bundle.name)}${info.serial}`,
  };
}

/** Whether a PEM (as a service reports it) has the same leaf as ours. */
export function sameLeaf(pem: string | undefined, certificate: CloudCertificate): boolean {
  return Boolean(pem) && leafOf(pem as string)?.fingerprint256.replace(/:/g, '') === certificate.sha256;
}

/** The leaf of a PEM a service reports, or undefined when it is not one. */
export function leafOf(pem: string): X509Certificate | undefined {
  try {
    return new X509Certificate(pem);
  } catch {
    return undefined;
  }
}

/** Same instant to the second: services report expiry in seconds or milliseconds. */
export function sameSecond(a: Date, b: Date): boolean {
  return Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000);
}

/** Hex serials compare without case or leading zeros. */
export function sameSerial(a: string | undefined, b: string): boolean {
  const norm = (value: string) => value.replace(/^0+/, '').toUpperCase();
  return a !== undefined && norm(a) === norm(b);
}

/** A deployed or skipped result that shows what the target serves. */
export function serving(target: string, status: 'deployed' | 'skipped', certificate: CloudCertificate, reason?: string): TargetResult {
  return {
    target,
    status,
    servedSerial: certificate.serial,
    servedNotAfter: certificate.notAfter.toISOString(),
    ...(reason ? { reason } : {}),
  };
}
