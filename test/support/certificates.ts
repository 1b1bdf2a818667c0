// Certificates with a chosen validity period (openssl 3.0's `req -x509` cannot backdate one), to put
// a short-lived or nearly expired certificate into a state folder.
import { createPrivateKey, webcrypto } from 'node:crypto';
import { SubjectAlternativeNameExtension, X509CertificateGenerator } from '@peculiar/x509';

export interface MadeCertificate {
  readonly certificatePem: string;
  /** SEC1 PEM, as the state folder keeps keys. */
  readonly keyPem: string;
}

export async function selfSignedCertificate(names: readonly string[], notBefore: Date, notAfter: Date): Promise<MadeCertificate> {
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const certificate = await X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: '01',
      name: `CN=${names[0]}`,
      notBefore,
      notAfter,
      keys,
      signingAlgorithm: algorithm,
      extensions: [new SubjectAlternativeNameExtension(names.map((value) => ({ type: 'dns' as const, value })))],
    },
    webcrypto as unknown as Crypto,
  );
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const keyPem = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).export({ type: 'sec1', format: 'pem' }).toString();
  return { certificatePem: certificate.toString('pem'), keyPem };
}
