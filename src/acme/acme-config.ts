// The certificate and CA half of the inputs: what to ask for, from which CA, for which account.
import { readFileSync } from 'node:fs';
import { createPrivateKey } from 'node:crypto';
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
import { certificateName, isIpAddress, normaliseDomains, sameNames } from '../config/domains.js';
import { KEY_TYPE_CHOICES, toLegoPem, type KeyType } from './keys.js';
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
  /** The CA profile to order under (draft-ietf-acme-profiles); '' for the CA's default. */
  readonly profile: string;
  /** Issuer common name of the root whose chain to prefer among the CA's alternates; '' for the default chain. */
  readonly preferredChain: string;
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

export async function readAcmeConfig(src: InputSource): Promise<AcmeConfig> {
  const csr = await readCsr(src);
  const domains = readDomains(src, csr);
  const email = readRequired(src, 'email', 'Set email: to the address the CA may contact about the account.');
  if (!EMAIL.test(email)) {
    throw new InputError('email', `'${email}' is not an e-mail address`, 'Give an address such as ops@example.com.');
  }
  const renewDays = readString(src, 'renew-days') || 'auto';
  if (renewDays !== 'auto' && !/^[1-9]\d{0,4}$/.test(renewDays)) {
    throw new InputError('renew-days', `'${renewDays}' is not a positive whole number`, 'Use a number of days such as 30, or auto.');
  }
  const profile = readString(src, 'profile');
  checkIpAddresses(domains, profile);
  return {
    domains,
    certificateName: certificateName(domains),
    csrPem: csr?.pem,
    email,
    acceptTos: readBoolean(src, 'accept-tos', false),
    directoryUrl: resolveServer(readString(src, 'server') || 'letsencrypt'),
    keyType: readKeyType(src),
    profile,
    preferredChain: readString(src, 'preferred-chain'),
    renewDays: renewDays === 'auto' ? 'auto' : Number(renewDays),
    forceRenew: readBoolean(src, 'force-renew', false),
    reuseKey: readBoolean(src, 'reuse-key', false),
    caCertificates: readList(src, 'ca-certificates').map(readCaCertificate),
    accountKeyPem: readAccountKey(src),
    externalAccountBinding: readExternalAccountBinding(src),
    requestTimeoutMs: readInteger(src, 'acme-timeout', 30, { min: 1, max: 600 }) * 1000,
  };
}

function readDomains(src: InputSource, csr: Csr | undefined): string[] {
  const listed = normaliseDomains(readList(src, 'domains'), 'domains');
  if (!csr) {
    if (listed.length === 0) {
      throw new InputError('domains', 'is required but empty', 'List the certificate names, e.g. example.com, *.example.com, or give csr.');
    }
    return listed;
  }
  const fromCsr = normaliseDomains([...csr.names], 'csr');
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

function readKeyType(src: InputSource): KeyType {
  const keyType = readChoice(src, 'key-type', KEY_TYPE_CHOICES, 'ec256');
  if (keyType === 'ed25519') {
    // No ACME directory field advertises key types, and no public CA issues Ed25519 server certificates.
    throw new InputError(
      'key-type',
      'ed25519 is refused: CAs do not advertise Ed25519 certificates and Let’s Encrypt does not issue them (browsers do not accept them either)',
      'Use ec256 (the default) or ec384 for a small, fast key, or an rsa type for old clients.',
    );
  }
  return keyType;
}

/**
 * RFC 8738 IP identifiers: CAs issue them only under a profile that allows them (Let's Encrypt:
 * shortlived); that they are validated by http-01 alone is checked with the challenge inputs.
 */
function checkIpAddresses(domains: readonly string[], profile: string): void {
  const address = domains.find(isIpAddress);
  if (address && !profile) {
    throw new InputError(
      'profile',
      `is empty but domains holds the IP address ${address}, which CAs issue only under a profile that allows IP addresses`,
      'Set profile: to such a profile of your CA (Let’s Encrypt: shortlived).',
    );
  }
}

interface Csr {
  readonly pem: string;
  readonly names: readonly string[];
}

async function readCsr(src: InputSource): Promise<Csr | undefined> {
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
  const { csrNames } = await import('./csr.js');
  let names: string[];
  try {
    names = csrNames(pem);
  } catch {
    throw new InputError('csr', `'${path}' is not a valid certificate signing request`, 'Give a PEM or DER PKCS#10 CSR, e.g. from openssl req -new.');
  }
  const normalised = pem
    .replace(/-----BEGIN NEW CERTIFICATE REQUEST-----/, '-----BEGIN CERTIFICATE REQUEST-----')
    .replace(/-----END NEW CERTIFICATE REQUEST-----/, '-----END CERTIFICATE REQUEST-----');
  return { pem: normalised, names };
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
