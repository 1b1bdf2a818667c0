// Key generation and the PEM forms lego 4.x reads: it refuses PKCS#8, so private keys are stored
// as SEC1 ("EC PRIVATE KEY") or PKCS#1 ("RSA PRIVATE KEY").
import { createPrivateKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';

export const KEY_TYPES = ['ec256', 'ec384', 'rsa2048', 'rsa3072', 'rsa4096', 'rsa8192'] as const;
export type KeyType = (typeof KEY_TYPES)[number];
/** What `key-type` accepts: ed25519 is recognised so that it is refused with a reason. */
export const KEY_TYPE_CHOICES = [...KEY_TYPES, 'ed25519'] as const;

const generate = promisify(generateKeyPair);

export async function generatePrivateKey(type: KeyType): Promise<string> {
  const { privateKey } = type.startsWith('ec')
    ? await generate('ec', { namedCurve: type === 'ec256' ? 'P-256' : 'P-384' })
    : await generate('rsa', { modulusLength: Number(type.slice(3)) });
  return toLegoPem(privateKey);
}

/** Any private key PEM (PKCS#8, SEC1, PKCS#1) in the form lego 4.x reads. */
export function toLegoPem(key: KeyObject | string): string {
  const object = typeof key === 'string' ? createPrivateKey(key) : key;
  if (object.asymmetricKeyType === 'ec') return object.export({ type: 'sec1', format: 'pem' }).toString();
  if (object.asymmetricKeyType === 'rsa') return object.export({ type: 'pkcs1', format: 'pem' }).toString();
  throw new Error(`unsupported ${object.asymmetricKeyType} key: use an EC (P-256, P-384) or RSA key`);
}
