// Seals the packed state folder before it goes to the Actions cache. Caches are readable by every
// workflow of the repository, pull requests from forks included, and writable by any branch's
// workflow, so the entry must be both secret and authenticated: AES-256-GCM under a scrypt key, with
// the whole header as associated data so nobody can swap the salt, nonce, cost, scope or time
// unnoticed. The scope in the header keeps an entry of one certificate from being restored as
// another's; the time tells which of two entries is newer.
//
// Encrypted: "ADSE" | version | log2(N) | r | p | salt (16) | nonce (12) | context | ciphertext | tag (16)
// Plaintext: "ADSP" | version | context | sha256(body) (32) | body   (only with allow-plaintext-state)
// context:   sealed at (ms since 1970, 8 bytes big-endian) | scope length (1) | scope (ASCII)
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const SEALED_MAGIC = Buffer.from('ADSE');
const PLAIN_MAGIC = Buffer.from('ADSP');
// Version 1 had no context; its entries were archived under a path the cache no longer looks up.
const VERSION = 2;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const DIGEST_BYTES = 32;
const SEALED_FIXED_BYTES = SEALED_MAGIC.length + 1 + 3 + SALT_BYTES + NONCE_BYTES;
const PLAIN_FIXED_BYTES = PLAIN_MAGIC.length + 1;
const TIME_BYTES = 8;
const MAX_SCOPE_BYTES = 255;
// The header carries the cost, so a later release can raise it and still read old entries. The
// ceiling keeps a planted header from making a run spend minutes or gigabytes deriving a key.
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

const UNREADABLE = 'the cached state cannot be decrypted: wrong state-passphrase or tampered cache entry';

/** The cached state cannot be turned back into a state folder; the message says what to do. */
export class StateDecryptError extends Error {
  constructor(message: string = UNREADABLE) {
    super(message);
    this.name = 'StateDecryptError';
  }
}

export interface ScryptCost {
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
}

/** 32 MiB and about 0.1 s per derivation: paid once per run, a lot per guess. */
export const DEFAULT_COST: ScryptCost = { log2N: 15, r: 8, p: 1 };

/** What an entry is bound to: the state it belongs to, and when it was sealed. */
export interface SealContext {
  /** cacheScope() of the state: short ASCII. */
  readonly scope: string;
  readonly sealedAt: Date;
}

/** How the cache config decides between sealing and plaintext; CacheConfig satisfies it. */
export interface StateSecret {
  /** Seals, and is tried first when opening. */
  readonly passphrase?: string;
  /** Tried after `passphrase` when opening: the ones being rotated out. */
  readonly olderPassphrases?: readonly string[];
  readonly allowPlaintext: boolean;
}

export interface OpenedState {
  readonly plain: Buffer;
  readonly sealedAt: Date;
  /** Opened with one of the older passphrases: worth sealing again with the current one. */
  readonly olderPassphrase: boolean;
}

/** Encrypts with a fresh salt and nonce, so sealing the same state twice gives different bytes. */
export function seal(plain: Buffer, passphrase: string, context: SealContext, cost: ScryptCost = DEFAULT_COST): Buffer {
  if (!passphrase) throw new Error('seal needs a non-empty passphrase');
  if (!costAllowed(cost)) throw new Error(`scrypt cost ${JSON.stringify(cost)} is outside the supported range`);
  const header = Buffer.concat([
    SEALED_MAGIC,
    Buffer.from([VERSION, cost.log2N, cost.r, cost.p]),
    randomBytes(SALT_BYTES),
    randomBytes(NONCE_BYTES),
    encodeContext(context),
  ]);
  const { key, nonce } = keyAndNonce(header, passphrase, cost);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export function open(sealed: Buffer, passphrase: string): { plain: Buffer; context: SealContext } {
  checkMagicAndVersion(sealed, SEALED_MAGIC, SEALED_FIXED_BYTES + TAG_BYTES);
  const cost: ScryptCost = { log2N: sealed[5], r: sealed[6], p: sealed[7] };
  if (!costAllowed(cost)) throw new StateDecryptError();
  const { context, end } = decodeContext(sealed, SEALED_FIXED_BYTES, TAG_BYTES);
  const header = sealed.subarray(0, end);
  const { key, nonce } = keyAndNonce(header, passphrase, cost);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(header);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    const plain = Buffer.concat([decipher.update(sealed.subarray(end, sealed.length - TAG_BYTES)), decipher.final()]);
    return { plain, context };
  } catch {
    throw new StateDecryptError();
  }
}

/** The allow-plaintext-state form: no secrecy, but damage still shows up as an error. */
export function sealPlaintext(plain: Buffer, context: SealContext): Buffer {
  return Buffer.concat([PLAIN_MAGIC, Buffer.from([VERSION]), encodeContext(context), sha256(plain), plain]);
}

/** Encrypts whenever a passphrase is set, even when plaintext is allowed. */
export function sealState(plain: Buffer, secret: StateSecret, context: SealContext): Buffer {
  if (secret.passphrase) return seal(plain, secret.passphrase, context);
  if (secret.allowPlaintext) return sealPlaintext(plain, context);
  throw new Error('sealState needs a passphrase unless plaintext state is allowed');
}

/**
 * Reads an entry in either form, for `scope` only. A plaintext entry is refused unless plaintext is
 * allowed: anyone who can write a cache entry could otherwise plant a state (an account key, a
 * certificate) that a run with a passphrase would trust.
 */
export function openState(sealed: Buffer, secret: StateSecret, scope: string): OpenedState {
  const { plain, context, olderPassphrase } = openEither(sealed, secret);
  if (context.scope !== scope) {
    throw new StateDecryptError(
      `the cached state belongs to another certificate or CA (scope ${context.scope}, not ${scope}), so it is refused`,
    );
  }
  return { plain, sealedAt: context.sealedAt, olderPassphrase };
}

function openEither(sealed: Buffer, secret: StateSecret): { plain: Buffer; context: SealContext; olderPassphrase: boolean } {
  if (hasMagic(sealed, PLAIN_MAGIC)) {
    if (!secret.allowPlaintext) {
      throw new StateDecryptError(
        'the cached state is stored unencrypted but allow-plaintext-state is false, so it is refused ' +
          '(any workflow that can write caches could have planted it). To adopt it, run once with ' +
          'allow-plaintext-state: true (the next save encrypts it when state-passphrase is set), or ' +
          'delete the cache entry',
      );
    }
    return { ...openPlaintext(sealed), olderPassphrase: false };
  }
  const passphrases = [secret.passphrase, ...(secret.olderPassphrases ?? [])].filter((value): value is string => Boolean(value));
  if (hasMagic(sealed, SEALED_MAGIC) && passphrases.length === 0) {
    throw new StateDecryptError(
      'the cached state is encrypted but state-passphrase is empty: pass the secret that encrypted it, ' +
        'e.g. state-passphrase: ${{ secrets.ACME_STATE_PASSPHRASE }}',
    );
  }
  let failure: unknown;
  for (const [index, passphrase] of passphrases.entries()) {
    try {
      return { ...open(sealed, passphrase), olderPassphrase: index > 0 };
    } catch (error) {
      failure = error;
      // Only a wrong key is worth another passphrase; a malformed entry fails the same for all.
      if (!(error instanceof StateDecryptError) || error.message !== UNREADABLE) break;
    }
  }
  throw failure;
}

function openPlaintext(sealed: Buffer): { plain: Buffer; context: SealContext } {
  checkMagicAndVersion(sealed, PLAIN_MAGIC, PLAIN_FIXED_BYTES);
  const { context, end } = decodeContext(sealed, PLAIN_FIXED_BYTES, DIGEST_BYTES);
  const body = sealed.subarray(end + DIGEST_BYTES);
  if (!timingSafeEqual(sha256(body), sealed.subarray(end, end + DIGEST_BYTES))) {
    throw new StateDecryptError('the cached state is corrupted: its checksum does not match');
  }
  return { plain: body, context };
}

function encodeContext({ scope, sealedAt }: SealContext): Buffer {
  const scopeBytes = Buffer.from(scope, 'ascii');
  if (scopeBytes.length > MAX_SCOPE_BYTES || !/^[\x21-\x7e]*$/.test(scope)) throw new Error(`scope '${scope}' cannot be sealed`);
  const time = Buffer.alloc(TIME_BYTES);
  time.writeBigUInt64BE(BigInt(sealedAt.getTime()));
  return Buffer.concat([time, Buffer.from([scopeBytes.length]), scopeBytes]);
}

/** The context starting at `at`; `end` is where it stops. At least `after` bytes must follow it. */
function decodeContext(data: Buffer, at: number, after: number): { context: SealContext; end: number } {
  const scopeAt = at + TIME_BYTES + 1;
  if (data.length < scopeAt) throw new StateDecryptError();
  const end = scopeAt + data[scopeAt - 1];
  if (data.length < end + after) throw new StateDecryptError();
  const millis = Number(data.readBigUInt64BE(at));
  return { context: { scope: data.subarray(scopeAt, end).toString('latin1'), sealedAt: new Date(millis) }, end };
}

function checkMagicAndVersion(data: Buffer, magic: Buffer, minLength: number): void {
  if (!hasMagic(data, magic)) {
    throw new StateDecryptError('the cached entry is not a state entry written by this action');
  }
  const version = data[magic.length];
  if (version !== VERSION) {
    throw new StateDecryptError(
      version > VERSION
        ? `the cached state has format version ${version}, newer than this action reads (${VERSION}): update the action`
        : `the cached state has format version ${version}, written by an older release of this action that this one no longer reads`,
    );
  }
  if (data.length < minLength) throw new StateDecryptError();
}

function hasMagic(data: Buffer, magic: Buffer): boolean {
  return data.length > magic.length && data.subarray(0, magic.length).equals(magic);
}

function keyAndNonce(header: Buffer, passphrase: string, cost: ScryptCost): { key: Buffer; nonce: Buffer } {
  const saltAt = SEALED_MAGIC.length + 4;
  const salt = header.subarray(saltAt, saltAt + SALT_BYTES);
  const key = scryptSync(passphrase.normalize('NFC'), salt, KEY_BYTES, {
    N: 2 ** cost.log2N,
    r: cost.r,
    p: cost.p,
    maxmem: 2 * MAX_SCRYPT_MEMORY,
  });
  return { key, nonce: header.subarray(saltAt + SALT_BYTES, saltAt + SALT_BYTES + NONCE_BYTES) };
}

function costAllowed({ log2N, r, p }: ScryptCost): boolean {
  const inRange = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
  return inRange(log2N, 10, 20) && inRange(r, 1, 16) && inRange(p, 1, 4) && 128 * 2 ** log2N * r <= MAX_SCRYPT_MEMORY;
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}
