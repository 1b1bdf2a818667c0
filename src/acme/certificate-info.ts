// What the rest of the action needs to know about a certificate, read from its leaf.
import { X509Certificate, createPublicKey } from 'node:crypto';
import { canonicalIp } from '../config/domains.js';

export interface CertificateInfo {
  readonly domains: readonly string[];
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Hex, uppercase, as openssl prints it. */
  readonly serial: string;
  /** SHA-256 of the leaf's DER, colon-separated uppercase hex, as openssl prints it. */
  readonly fingerprintSha256: string;
}

/** The first certificate of a PEM chain. */
export function leafCertificate(chainPem: string): X509Certificate {
  return new X509Certificate(chainPem);
}

export function describeCertificate(chainPem: string): CertificateInfo {
  const leaf = leafCertificate(chainPem);
  const domains = (leaf.subjectAltName ?? '').split(', ').flatMap((entry) => {
    if (entry.startsWith('DNS:')) return [entry.slice(4).toLowerCase()];
    if (entry.startsWith('IP Address:')) return [canonicalIp(entry.slice(11)) ?? entry.slice(11)];
    return [];
  });
  return {
    domains,
    notBefore: new Date(leaf.validFrom),
    notAfter: new Date(leaf.validTo),
    serial: leaf.serialNumber.toUpperCase(),
    fingerprintSha256: leaf.fingerprint256,
  };
}

/** Whether a private key belongs to the chain's leaf. */
export function keyMatchesCertificate(keyPem: string, chainPem: string): boolean {
  return createPublicKey(keyPem).export({ type: 'spki', format: 'der' }).equals(leafPublicKey(chainPem));
}

/** The leaf's public key as DER SubjectPublicKeyInfo. */
export function leafPublicKey(chainPem: string): Buffer {
  return leafCertificate(chainPem).publicKey.export({ type: 'spki', format: 'der' });
}

/** The chain after the leaf, byte for byte as the CA sent it (lego's .issuer.crt). */
export function issuerChain(chainPem: string): string {
  const end = '-----END CERTIFICATE-----';
  const at = chainPem.indexOf(end);
  return at < 0 ? '' : chainPem.slice(at + end.length).trimStart();
}

export const DAY_MS = 86_400_000;

export function daysLeft(info: CertificateInfo, now: Date): number {
  return Math.floor((info.notAfter.getTime() - now.getTime()) / DAY_MS);
}

/** The issuer common names along a PEM chain, leaf first. */
export function chainIssuerNames(chainPem: string): string[] {
  const blocks = chainPem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => commonName(new X509Certificate(block).issuer)).filter((name): name is string => Boolean(name));
}

function commonName(distinguishedName: string): string | undefined {
  return distinguishedName.split('\n').find((line) => line.startsWith('CN='))?.slice(3);
}
