// Certificates in lego's folder: certificates/<name>.crt (full chain as the CA sent it),
// .issuer.crt (the chain without the leaf), .key, .json ({domain, certUrl, certStableUrl}, plus
// lego's newer profile and preferredChain, and the CA's last renewal advice). Readers ignore
// fields they do not know, lego included, so the additions keep the folder lego's.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeFilesAtomic, type FileWrite } from './atomic-file.js';
import { certificatePaths } from './lego-layout.js';

export interface StoredCertificate {
  readonly fullchainPem: string;
  readonly issuerPem: string;
  /** Absent when the certificate was issued for a user's CSR. */
  readonly keyPem?: string;
  readonly meta: CertificateMeta;
}

export interface CertificateMeta {
  readonly domain: string;
  readonly certUrl: string;
  readonly certStableUrl: string;
  /** The CA profile the certificate was ordered under (lego's field), absent for none. */
  readonly profile?: string;
  /** The root issuer name asked for with preferred-chain (lego's field). */
  readonly preferredChain?: string;
  /** The CA's last ARI answer for this certificate, kept so its Retry-After holds across runs. */
  readonly renewalInfo?: StoredRenewalInfo;
}

export interface StoredRenewalInfo {
  /** The ARI identifier of the certificate the answer is about. */
  readonly certId: string;
  readonly suggestedWindow: { readonly start: string; readonly end: string };
  readonly explanationURL?: string;
  /** Not to be asked again before this instant (ISO 8601). */
  readonly retryAfter?: string;
}

export function readCertificate(root: string, name: string): StoredCertificate | undefined {
  const paths = certificatePaths(root, name);
  if (!existsSync(paths.certificate)) return undefined;
  const optional = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  const metaText = optional(paths.meta);
  return {
    fullchainPem: readFileSync(paths.certificate, 'utf8'),
    issuerPem: optional(paths.issuer) ?? '',
    keyPem: optional(paths.key),
    meta: metaText ? (JSON.parse(metaText) as CertificateMeta) : { domain: name, certUrl: '', certStableUrl: '' },
  };
}

/** Rewrites only the .json beside an unchanged certificate. */
export function writeCertificateMeta(root: string, name: string, meta: CertificateMeta): void {
  writeFilesAtomic([{ path: certificatePaths(root, name).meta, data: metaJson(meta) }]);
}

export function writeCertificate(root: string, name: string, certificate: StoredCertificate): void {
  const paths = certificatePaths(root, name);
  const files: FileWrite[] = [
    { path: paths.certificate, data: certificate.fullchainPem },
    { path: paths.issuer, data: certificate.issuerPem },
    { path: paths.meta, data: metaJson(certificate.meta) },
  ];
  if (certificate.keyPem) files.push({ path: paths.key, data: certificate.keyPem });
  writeFilesAtomic(files);
  if (!certificate.keyPem) removeCertificateKey(root, name);
}

/** A key left from before the switch to a CSR belongs to no certificate of ours any more. */
export function removeCertificateKey(root: string, name: string): void {
  rmSync(certificatePaths(root, name).key, { force: true });
}

function metaJson(meta: CertificateMeta): string {
  return JSON.stringify(meta, null, '\t');
}
