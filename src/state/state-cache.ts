// Carries the state folder from one scheduled run to the next in the GitHub Actions cache, sealed.
//
// Cache entries are immutable, so every save gets a new key
// `<prefix>-<scope>-<run>-<attempt>-<digest>-<sealed at>`. A restore takes the entry sealed last among
// those the GitHub REST API lists under `<prefix>-<scope>-` when github-token allows, else the one
// created last (@actions/cache cannot list; a slow save can finish after a newer one). The seal time
// in the key must equal the authenticated one in the entry. @actions/cache only archives paths,
// an entry's version is a hash of the path strings, and the archive holds paths relative to
// GITHUB_WORKSPACE: so the sealed file always travels as `state.bin`, relative to a private folder
// that stands in for the workspace, and the entry does not depend on where a runner (hosted,
// self-hosted, or a job in a container) keeps its temp folder, home or workspace. It never travels
// through the state folder: a failed extraction can leave a partial tree, and the folder is replaced
// only once the entry has been decrypted, verified and unpacked completely.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { listCacheKeys } from '../github/cache-entries.js';
import type { GitHubContext } from '../github/rest-api.js';
import type { Log } from '../util/log.js';
import { ensureDir } from './atomic-file.js';
import {
  DIGEST_LENGTH,
  MAX_RUN_ATTEMPT_LENGTH,
  MAX_RUN_ID_LENGTH,
  SCOPE_LENGTH,
  type CacheConfig,
} from './cache-config.js';
import { entryKey, newestSealedKey, sealedAtOfKey, statePrefix } from './cache-key.js';
import { packFolder, StateArchiveError, unpackArchive } from './state-archive.js';
import { openState, sealState, StateDecryptError, type OpenedState } from './state-crypto.js';

// @actions/cache and its Azure SDK are a quarter of the bundle: loaded only by a run that uses the cache.
const loadCache = () => import('@actions/cache');

export type SaveOutcome = 'saved' | 'unchanged' | 'exists' | 'failed';

export interface RestoreOutcome {
  readonly hit: boolean;
  readonly key?: string;
  /** The entry was opened with an older passphrase: seal it again even when nothing changed. */
  readonly reseal?: boolean;
}

export interface SaveOptions {
  readonly runId: string;
  readonly runAttempt: string;
  /** stateDigest() of the folder as last restored or saved; an equal digest skips the save. */
  readonly previousDigest?: string;
}

/** A cache entry exists but could not be fetched; the state folder was left as it was. */
export class StateRestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateRestoreError';
  }
}

const UNAVAILABLE =
  'The GitHub Actions cache service is not available to this job (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL: ' +
  'not running on GitHub Actions, or a GitHub Enterprise Server without the cache)';

/** Short, stable name for one certificate's state, e.g. from [server, account, certificate name]. */
export function cacheScope(parts: readonly string[]): string {
  return sha256(JSON.stringify(parts)).slice(0, SCOPE_LENGTH);
}

/** Digest of the packed folder (names, modes, contents; not times); undefined when it is absent. */
export function stateDigest(statePath: string): string | undefined {
  return existsSync(statePath) ? sha256(packFolder(statePath)) : undefined;
}

/**
 * Replaces the state folder with the newest cached state of `scope`. A miss, or a cache service
 * that cannot be reached, leaves the folder alone. An entry that exists but cannot be fetched,
 * decrypted or unpacked throws and also leaves the folder alone: carrying on without it would
 * make the run create a new account and certificate and bury the old state under a newer entry.
 */
export async function restoreState(
  config: CacheConfig,
  statePath: string,
  scope: string,
  log: Log,
  github?: GitHubContext,
): Promise<RestoreOutcome> {
  requireEnabled(config);
  const cache = await loadCache();
  if (!cache.isFeatureAvailable()) {
    log.warning(`${UNAVAILABLE}; starting without cached state.`);
    return { hit: false };
  }
  const prefix = `${config.keyPrefix}-${scope}-`;
  // An unreachable service and a miss look the same here: restoreCache answers undefined to both
  // and prints its own warning for the first.
  const key = (await newestSealedEntry(prefix, log, github)) ?? (await lookUp(prefix));
  if (!key) {
    log.info(
      `No cached state found under ${prefix}* (or the cache service could not be reached: see any ` +
        `warning above); using ${statePath} as it is.`,
    );
    return { hit: false };
  }
  return inTransferFolder(async (file) => {
    if ((await cache.restoreCache([TRANSFER_FILE], key)) !== key || !existsSync(file)) {
      throw new StateRestoreError(
        `cache entry ${key} exists but could not be downloaded or unpacked (see the message from ` +
          `@actions/cache above); the state folder was not changed. Re-run the job; if it keeps failing, ` +
          `delete the entry (gh cache delete ${key}) so that the next run restores the one before it.`,
      );
    }
    let opened: OpenedState;
    try {
      opened = openState(readFileSync(file), config, scope);
      checkSealTime(key, prefix, opened.sealedAt);
      replaceFolder(statePath, opened.plain);
    } catch (error) {
      if (error instanceof StateDecryptError || error instanceof StateArchiveError) {
        error.message += `. ${howToRecover(key)}`;
      }
      throw error;
    }
    const sealedAt = opened.sealedAt.toISOString();
    log.info(`Restored the state folder ${statePath} from cache entry ${key} (sealed ${sealedAt}).`);
    if (opened.olderPassphrase) {
      log.info('The entry was sealed with an older line of state-passphrase: this run seals the state again with the first line.');
    }
    return { hit: true, key, reseal: opened.olderPassphrase };
  });
}

/**
 * The key of the entry sealed last under `prefix`, as listed by the REST API and still restorable
 * from here; undefined leaves the choice to a prefix lookup (newest created): without a token, when
 * the listing fails, or when no listed key names a seal time (entries of an earlier release, or
 * entries only the default branch holds, which the listing for this ref leaves out).
 */
async function newestSealedEntry(prefix: string, log: Log, github: GitHubContext | undefined): Promise<string | undefined> {
  if (!github?.token) {
    log.info(
      `No github-token: restoring the entry created last under ${prefix}*. Give github-token (with ` +
        '`permissions: actions: read`) to restore the one sealed last, which differs when saves finish out of order.',
    );
    return undefined;
  }
  let keys: string[];
  try {
    keys = await listCacheKeys(github, prefix);
  } catch (error) {
    log.warning(
      `Could not list the cache entries under ${prefix}* to restore the one sealed last (${messageOf(error)}); ` +
        'restoring the one created last instead. Give github-token a token with `actions: read` ' +
        '(the job\'s `permissions: actions: read`).',
    );
    return undefined;
  }
  const newest = newestSealedKey(keys, prefix);
  if (newest && (await lookUp(newest)) === newest) return newest;
  return undefined;
}

/** The seal time in the key is not authenticated; the one in the entry is, and they must agree. */
function checkSealTime(key: string, prefix: string, sealedAt: Date): void {
  const named = sealedAtOfKey(key, prefix);
  if (named && named.getTime() !== sealedAt.getTime()) {
    throw new StateDecryptError(
      `cache entry ${key} names the seal time ${named.toISOString()} but was sealed at ${sealedAt.toISOString()}, ` +
        'so it is refused (its key was not written by this action for this state)',
    );
  }
}

/** What to do about an entry that cannot be opened: each way out, with the entry's key. */
function howToRecover(key: string): string {
  return (
    `Cache entry ${key} was not restored and the state folder was not changed. To recover, either ` +
    'give the passphrase that sealed it (state-passphrase takes several lines: the first seals, every ' +
    `line is tried), or delete the entry with \`gh cache delete ${key}\` so that the next run restores ` +
    'the entry before it, or set a new cache-key to start from an empty state (a new ACME account, ' +
    'and a new certificate unless one deployed on the hosts is adopted)'
  );
}

/**
 * Saves the state folder as a new cache entry unless it is unchanged. Never throws for the cache's
 * sake: a failed save is a warning, and the next run falls back to the previous entry.
 */
export async function saveState(
  config: CacheConfig,
  statePath: string,
  scope: string,
  log: Log,
  options: SaveOptions,
): Promise<SaveOutcome> {
  requireEnabled(config);
  checkDigits('runId', options.runId, MAX_RUN_ID_LENGTH);
  checkDigits('runAttempt', options.runAttempt, MAX_RUN_ATTEMPT_LENGTH);
  let archive: Buffer | undefined;
  try {
    archive = existsSync(statePath) ? packFolder(statePath) : undefined;
  } catch (error) {
    log.warning(`Cannot save the state folder ${statePath} to the cache: ${messageOf(error)}`);
    return 'failed';
  }
  const digest = archive && sha256(archive);
  // Also covers a folder that neither existed at the restore nor was created since.
  if (digest === options.previousDigest) {
    log.info('The state folder has not changed since it was restored or saved; nothing to save.');
    return 'unchanged';
  }
  if (!archive || !digest) {
    log.warning(`The state folder ${statePath} has disappeared since the restore; nothing is saved.`);
    return 'failed';
  }
  const cache = await loadCache();
  if (!cache.isFeatureAvailable()) {
    log.warning(`${UNAVAILABLE}; the state is not saved for the next run.`);
    return 'failed';
  }
  // The digest in the key lets a run save twice (a changed state gets its own entry) while a
  // repeated save of the same state finds the existing entry instead of adding one.
  const samePrefix = statePrefix(`${config.keyPrefix}-${scope}-`, options.runId, options.runAttempt, digest.slice(0, DIGEST_LENGTH));
  const existing = await lookUp(samePrefix);
  if (existing) {
    log.info(`Cache entry ${existing} already holds this state.`);
    return 'exists';
  }
  const sealedAt = new Date();
  const key = entryKey(samePrefix, sealedAt);
  return inTransferFolder(async (file) => {
    writeFileSync(file, sealState(archive, config, { scope, sealedAt }), { mode: 0o600 });
    let id: number;
    try {
      id = await cache.saveCache([TRANSFER_FILE], key);
    } catch (error) {
      log.warning(`Could not save the state to the cache as ${key}: ${messageOf(error)}`);
      return 'failed';
    }
    if (id !== -1) {
      log.info(`Saved the state folder as cache entry ${key}.`);
      return 'saved';
    }
    log.warning(
      `Could not save the state to the cache as ${key} (see the message from @actions/cache above); ` +
        'the next run starts from the previous cache entry.',
    );
    return 'failed';
  });
}

async function lookUp(key: string): Promise<string | undefined> {
  return (await loadCache()).restoreCache([TRANSFER_FILE], key, [], { lookupOnly: true });
}

/** Swaps the folder in with two renames in one parent folder, putting the old one back on failure. */
function replaceFolder(statePath: string, archive: Buffer): void {
  const parent = dirname(statePath);
  ensureDir(parent);
  const fresh = unpackArchive(archive, join(parent, `.${basename(statePath)}.restore-`));
  const aside = join(parent, `.${basename(statePath)}.old-${randomBytes(6).toString('hex')}`);
  const hadOld = pathExists(statePath);
  try {
    if (hadOld) renameSync(statePath, aside);
    try {
      renameSync(fresh, statePath);
    } catch (error) {
      if (hadOld) renameSync(aside, statePath);
      throw error;
    }
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) rmSync(aside, { recursive: true, force: true });
}

/** The sealed file's path as @actions/cache sees it: the same string in every run, on every runner. */
const TRANSFER_FILE = 'state.bin';

/**
 * Runs `work` with a fresh private folder as the working directory and GITHUB_WORKSPACE, where
 * @actions/cache resolves TRANSFER_FILE, archives it from and extracts it to; removes the folder
 * and puts both back afterwards.
 */
async function inTransferFolder<T>(work: (file: string) => Promise<T>): Promise<T> {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), `acme-deploy-state-${randomBytes(6).toString('hex')}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const cwd = process.cwd();
  const workspace = process.env.GITHUB_WORKSPACE;
  process.chdir(dir);
  process.env.GITHUB_WORKSPACE = dir;
  try {
    return await work(join(dir, TRANSFER_FILE));
  } finally {
    process.chdir(cwd);
    if (workspace === undefined) delete process.env.GITHUB_WORKSPACE;
    else process.env.GITHUB_WORKSPACE = workspace;
    rmSync(dir, { recursive: true, force: true });
  }
}

function requireEnabled(config: CacheConfig): void {
  if (!config.enabled) throw new Error('the state cache is disabled (cache: false); callers must not use it');
}

/** Run ids go into the key, whose length the cache-key input was checked against. */
function checkDigits(name: string, value: string, maxLength: number): void {
  if (!new RegExp(`^\\d{1,${maxLength}}$`).test(value)) {
    throw new Error(`saveState: ${name} must be 1 to ${maxLength} digits, got '${value}'`);
  }
}

function pathExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
