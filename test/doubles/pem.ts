// What the certificate services check in an upload before they store it: a PEM certificate chain
// and a private key that belongs to its leaf.
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { ApiError } from './rpc-double.js';

export interface UploadedPem {
  leaf: X509Certificate;
  /** SHA-1 of the leaf, uppercase hex without separators. */
  sha1: string;
  /** SHA-256 of the leaf, uppercase hex without separators. */
  sha256: string;
  commonName: string;
  sans: string[];
}

/** Checks a certificate and its key as the services do; `problem` builds the service's own error. */
export function checkUpload(certPem: string, keyPem: string, problem: (message: string) => ApiError): UploadedPem {
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(certPem);
  } catch {
    throw problem('The certificate is not a valid PEM certificate.');
  }
  let matches: boolean;
  try {
    const fromKey = createPublicKey(createPrivateKey(keyPem)).export({ type: 'spki', format: 'der' });
    matches = fromKey.equals(leaf.publicKey.export({ type: 'spki', format: 'der' }));
  } catch {
    throw problem('The private key is not a valid PEM private key.');
  }
  if (!matches) throw problem('The private key does not match the certificate.');
  return {
    leaf,
    sha1: leaf.fingerprint.replace(/:/g, ''),
    sha256: leaf.fingerprint256.replace(/:/g, ''),
    commonName: /CN=([^\n,]+)/.exec(leaf.subject)?.[1] ?? '',
    sans: (leaf.subjectAltName ?? '')
      .split(', ')
      .filter((entry) => entry.startsWith('DNS:'))
      .map((entry) => entry.slice(4)),
  };
}

/** `2026-11-29T16:37:53Z`: the second-precision UTC form the APIs report times in. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
