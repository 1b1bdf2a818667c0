// The `cache`, `cache-key`, `state-passphrase` and `allow-plaintext-state` inputs. Caching the state
// unencrypted must be a deliberate choice: a cache entry is readable by every workflow of the
// repository, pull requests from forks included, and the state holds the ACME account key.
import { InputError, readBoolean, readString, type InputSource } from '../config/input-helper.js';

export interface CacheConfig {
  readonly enabled: boolean;
  readonly keyPrefix: string;
  /** The first line of state-passphrase: seals, and opens. */
  readonly passphrase?: string;
  /** Its other lines: only open, so that a passphrase can be rotated without losing the state. */
  readonly olderPassphrases: readonly string[];
  readonly allowPlaintext: boolean;
}

export const DEFAULT_KEY_PREFIX = 'acme-deploy';
/** Hex digits of the scope in a cache key. */
export const SCOPE_LENGTH = 16;
/** Hex digits of the state's digest in a cache key. */
export const DIGEST_LENGTH = 12;
export const MAX_RUN_ID_LENGTH = 20;
export const MAX_RUN_ATTEMPT_LENGTH = 10;
/** The seal time in a cache key, UTC to the millisecond: 20250102T030405678Z. */
export const SEALED_AT_LENGTH = 19;
/** The service refuses longer keys. */
const MAX_KEY_LENGTH = 512;
// The key is `<prefix>-<scope>-<run id>-<run attempt>-<digest>-<sealed at>`; the prefix gets what is left.
const MAX_SUFFIX_LENGTH =
  1 + SCOPE_LENGTH + 1 + MAX_RUN_ID_LENGTH + 1 + MAX_RUN_ATTEMPT_LENGTH + 1 + DIGEST_LENGTH + 1 + SEALED_AT_LENGTH;
export const MAX_KEY_PREFIX_LENGTH = MAX_KEY_LENGTH - MAX_SUFFIX_LENGTH;

export function readCacheConfig(src: InputSource): CacheConfig {
  const enabled = readBoolean(src, 'cache', true);
  const keyPrefix = readKeyPrefix(src);
  const [passphrase, ...olderPassphrases] = src('state-passphrase')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const allowPlaintext = readBoolean(src, 'allow-plaintext-state', false);
  if (enabled && !passphrase && !allowPlaintext) {
    throw new InputError(
      'state-passphrase',
      'is required while cache is true, because the cached state holds the ACME account key',
      'Create a secret once: run `openssl rand -base64 32`, store the output as a repository secret ' +
        'named ACME_STATE_PASSPHRASE (Settings → Secrets and variables → Actions → New repository ' +
        'secret), and pass `state-passphrase: ${{ secrets.ACME_STATE_PASSPHRASE }}`. Keep the secret: ' +
        'a different one cannot read the cached state. Alternatively set `cache: false`, or ' +
        '`allow-plaintext-state: true` to cache the state unencrypted.',
    );
  }
  return { enabled, keyPrefix, passphrase, olderPassphrases, allowPlaintext };
}

function readKeyPrefix(src: InputSource): string {
  const value = readString(src, 'cache-key') || DEFAULT_KEY_PREFIX;
  // The service forbids only commas; whitespace and control characters are refused too because they
  // make keys hard to tell apart in logs and in `gh cache list`.
  const bad = /[,\s\p{Cc}]/u.exec(value);
  if (bad) {
    throw new InputError(
      'cache-key',
      `contains ${JSON.stringify(bad[0])}, which cache keys cannot hold here`,
      'Use letters, digits and punctuation other than commas, without spaces.',
    );
  }
  if (value.length > MAX_KEY_PREFIX_LENGTH) {
    throw new InputError(
      'cache-key',
      `is ${value.length} characters long, but with the suffix the action appends a cache key must stay within ${MAX_KEY_LENGTH}`,
      `Use at most ${MAX_KEY_PREFIX_LENGTH} characters.`,
    );
  }
  return value;
}
