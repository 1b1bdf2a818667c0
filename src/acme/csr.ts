// What a user's certificate signing request says: the names it asks for and its public key. Node
// reads no CSR, so this takes acme-client's reader and @peculiar/x509; only runs given a CSR load it.
import { createPublicKey } from 'node:crypto';
import { Pkcs10CertificateRequest } from '@peculiar/x509';
import { crypto as acmeCrypto } from 'acme-client';
import { leafPublicKey } from './certificate-info.js';

/** The common name and subjectAltNames, each once; throws when `pem` is no PKCS#10 CSR. */
export function csrNames(pem: string): string[] {
  const { commonName, altNames } = acmeCrypto.readCsrDomains(pem);
  return [...new Set([commonName, ...altNames].filter((name): name is string => Boolean(name)))];
}

/** Whether a CSR asks for the public key the chain's leaf already carries. */
export function csrMatchesCertificate(csrPem: string, chainPem: string): boolean {
  const fromCsr = Buffer.from(new Pkcs10CertificateRequest(csrPem).publicKey.rawData);
  return createPublicKey({ key: fromCsr, format: 'der', type: 'spki' })
    .export({ type: 'spki', format: 'der' })
    .equals(leafPublicKey(chainPem));
}
