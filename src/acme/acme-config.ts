// The certificate and CA half of the inputs: what to ask for, from which CA, for which account.
import { readFileSync } from 'node:fs';
import { createPrivateKey } from 'node:crypto';
import { crypto as acmeCrypto } from 'acme-client';
import {
  InputError,
  readBoolean,
  readChoice,
  readInteger,
  readList,
  readRequired,
  readString,
  type InputSource,
} from '../config/input-helper.js';
import { certificateName, normaliseDomains, sameNames } from '../config/domains.js';
import { KEY_TYPES, toLegoPem, type KeyType } from './keys.js';
import { resolveServer } from './servers.js';

export type RenewDays = number | 'auto';

export interface AcmeConfig {
  /** Names in order, ASCII; the first names the files. */
  readonly domains: readonly string[];
  readonly certificateName: string;
  /** PEM CSR supplied by the user: its names and key are used as they are. */
  readonly csrPem?: string;
  readonly email: string;
  readonly acceptTos: boolean;
  readonly directoryUrl: string;
  readonly keyType: KeyType;
  readonly renewDays: RenewDays;
  readonly forceRenew: boolean;
  readonly reuseKey: boolean;
  /** Extra PEM certificates to trust for the CA's HTTPS. */
  readonly caCertificates: readonly string[];
  /** Account key pinned by the user (lego PEM form). */
  readonly accountKeyPem?: string;
  readonly externalAccountBinding?: { readonly kid: string; readonly hmacKey: string };
  /** Bound of each request to the CA. */
  readonly requestTimeoutMs: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function readAcmeConfig(src: InputSource): AcmeConfig {
  const csrPem = readCsr(src);
  const domains = readDomains(src, csrPem);
  const email = readRequired(src, 'email', 'Set email: to the address the CA may contact about the account.');
  if (!EMAIL.test(email)) {
    throw new InputError('email', `'${email}' is not an e-mail address`, 'Give an address such as ops@example.com.');
  }
  const renewDays = readString(src, 'renew-days') || 'auto';
  if (renewDays !== 'auto' && !/^[1-9]\d{0,4}$/.test(renewDays)) {
    throw new InputError('renew-days', `'${renewDays}' is not a positive whole number`, 'Use a number of days such as 30, or auto.');
  }
  return {
    domains,
    certificateName: certificateName(domains),
    csrPem,
    email,
    acceptTos: readBoolean(src, 'accept-tos', false),
    directoryUrl: resolveServer(readString(src, 'server') || 'letsencrypt'),
    keyType: readChoice(src, 'key-type', KEY_TYPES, 'ec256'),
    renewDays: renewDays === 'auto' ? 'auto' : Number(renewDays),
    forceRenew: readBoolean(src, 'force-renew', false),
    reuseKey: readBoolean(src, 'reuse-key', false),
    caCertificates: readList(src, 'ca-certificates').map(readCaCertificate),
    accountKeyPem: readAccountKey(src),
    externalAccountBinding: readExternalAccountBinding(src),
    requestTimeoutMs: readInteger(src, 'acme-timeout', 30, { min: 1, max: 600 }) * 1000,
  };
}

function readDomains(src: InputSource, csrPem: string | undefined): string[] {
  const listed = normaliseDomains(readList(src, 'domains'), 'domains');
  if (!csrPem) {
    if (listed.length === 0) {
      throw new InputError('domains', 'is required but empty', 'List the certificate names, e.g. example.com, *.example.com, or give csr.');
    }
    return listed;
  }
  const { commonName, altNames } = acmeCrypto.readCsrDomains(csrPem);
  const fromCsr = normaliseDomains([...new Set([commonName, ...altNames].filter(Boolean))], 'csr');
  if (fromCsr.length === 0) throw new InputError('csr', 'names no domain', 'Create the CSR with a subjectAltName.');
  if (listed.length > 0 && !sameNames(listed, fromCsr)) {
    throw new InputError(
      'domains',
      `lists ${listed.join(', ')} but the CSR is for ${fromCsr.join(', ')}`,
      'Leave domains empty when you give csr, or list exactly the CSR’s names.',
    );
  }
  return fromCsr;
}

function readCsr(src: InputSource): string | undefined {
  const path = readString(src, 'csr');
  if (!path) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError('csr', `cannot read '${path}' (${(error as NodeJS.ErrnoException).code})`, 'Give the path of a PEM or DER CSR file in the workspace.');
  }
  const text = bytes.toString('latin1');
  const pem = text.includes('-----BEGIN')
    ? text
    : `-----BEGIN CERTIFICATE REQUEST-----\n${bytes.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE REQUEST-----\n`;
  try {
    acmeCrypto.readCsrDomains(pem);
  } catch {
    throw new InputError('csr', `'${path}' is not a valid certificate signing request`, 'Give a PEM or DER PKCS#10 CSR, e.g. from openssl req -new.');
  }
  return pem.replace(/-----BEGIN NEW CERTIFICATE REQUEST-----/, '-----BEGIN CERTIFICATE REQUEST-----')
    .replace(/-----END NEW CERTIFICATE REQUEST-----/, '-----END CERTIFICATE REQUEST-----');
}

function readCaCertificate(path: string): string {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError('ca-certificates', `cannot read '${path}' (${(error as NodeJS.ErrnoException).code})`, 'Give paths of PEM certificate files.');
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new InputError('ca-certificates', `'${path}' holds no PEM certificate`, 'Give PEM files that contain -----BEGIN CERTIFICATE----- blocks.');
  }
  return pem;
}

function readAccountKey(src: InputSource): string | undefined {
  const pem = readString(src, 'account-key');
  if (!pem) return undefined;
  try {
    return toLegoPem(createPrivateKey(pem));
  } catch {
    throw new InputError('account-key', 'is not a PEM EC or RSA private key', 'Store the account key file (e.g. lego’s accounts/…/keys/<email>.key) as a secret and pass it.');
  }
}

function readExternalAccountBinding(src: InputSource): AcmeConfig['externalAccountBinding'] {
  const kid = readString(src, 'eab-kid');
  const hmacKey = readString(src, 'eab-hmac-key');
  if (!kid && !hmacKey) return undefined;
  if (!kid || !hmacKey) {
    const missing = kid ? 'eab-hmac-key' : 'eab-kid';
    throw new InputError(missing, 'is required with the other external account binding input', 'Give both eab-kid and eab-hmac-key from your CA’s dashboard.');
  }
  return { kid, hmacKey };
}
