// Carries the state folder from one scheduled run to the next in the GitHub Actions cache, sealed.
//
// Cache entries are immutable, so every save gets a new key `<prefix>-<scope>-<run>-<attempt>-<digest>`
// and a restore takes the newest entry under `<prefix>-<scope>-`. @actions/cache only archives paths,
// and an entry's version is a hash of the path strings, so the sealed file always travels through
// the same path, <RUNNER_TEMP>/acme-deploy-state/state.bin, and never through the state folder:
// a failed extraction can leave a partial tree, and the folder is replaced only once the entry has
// been decrypted, verified and unpacked completely.
import * as cache from '@actions/cache';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Log } from '../util/log.js';
import { ensureDir } from './atomic-file.js';
import {
  DIGEST_LENGTH,
  MAX_RUN_ATTEMPT_LENGTH,
  MAX_RUN_ID_LENGTH,
  SCOPE_LENGTH,
  type CacheConfig,
} from './cache-config.js';
import { packFolder, StateArchiveError, unpackArchive } from './state-archive.js';
import { openState, sealState, StateDecryptError } from './state-crypto.js';

export type SaveOutcome = 'saved' | 'unchanged' | 'exists' | 'failed';

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
): Promise<{ hit: boolean; key?: string }> {
  requireEnabled(config);
  if (!cache.isFeatureAvailable()) {
    log.warning(`${UNAVAILABLE}; starting without cached state.`);
    return { hit: false };
  }
  const prefix = `${config.keyPrefix}-${scope}-`;
  const file = transferFile();
  // An unreachable service and a miss look the same here: restoreCache answers undefined to both
  // and prints its own warning for the first.
  const key = await lookUp(file, prefix);
  if (!key) {
    log.info(
      `No cached state found under ${prefix}* (or the cache service could not be reached: see any ` +
        `warning above); using ${statePath} as it is.`,
    );
    return { hit: false };
  }
  resetDir(dirname(file));
  try {
    if ((await cache.restoreCache([file], key)) !== key || !existsSync(file)) {
      throw new StateRestoreError(
        `cache entry ${key} exists but could not be downloaded or unpacked (see the message from ` +
          `@actions/cache above); the state folder was not changed. Re-run the job; if it keeps failing, ` +
          `delete the entry (gh cache delete ${key}) so that the next run restores the one before it.`,
      );
    }
    try {
      replaceFolder(statePath, openState(readFileSync(file), config));
    } catch (error) {
      if (error instanceof StateDecryptError || error instanceof StateArchiveError) {
        error.message += ` (cache entry ${key}; the state folder was not changed)`;
      }
      throw error;
    }
    log.info(`Restored the state folder ${statePath} from cache entry ${key}.`);
    return { hit: true, key };
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
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
  if (!cache.isFeatureAvailable()) {
    log.warning(`${UNAVAILABLE}; the state is not saved for the next run.`);
    return 'failed';
  }
  // The digest in the key lets a run save twice (a changed state gets its own entry) while a
  // repeated save of the same state lands on the existing entry.
  const key = `${config.keyPrefix}-${scope}-${options.runId}-${options.runAttempt}-${digest.slice(0, DIGEST_LENGTH)}`;
  const file = transferFile();
  resetDir(dirname(file));
  try {
    writeFileSync(file, sealState(archive, config), { mode: 0o600 });
    let id: number;
    try {
      id = await cache.saveCache([file], key);
    } catch (error) {
      log.warning(`Could not save the state to the cache as ${key}: ${messageOf(error)}`);
      return 'failed';
    }
    if (id !== -1) {
      log.info(`Saved the state folder as cache entry ${key}.`);
      return 'saved';
    }
    // saveCache answers -1 both to a key that exists and to a failure; only a lookup tells them apart.
    if ((await lookUp(file, key)) === key) {
      log.info(`Cache entry ${key} already holds this state.`);
      return 'exists';
    }
    log.warning(
      `Could not save the state to the cache as ${key} (see the message from @actions/cache above); ` +
        'the next run starts from the previous cache entry.',
    );
    return 'failed';
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
}

async function lookUp(file: string, key: string): Promise<string | undefined> {
  return cache.restoreCache([file], key, [], { lookupOnly: true });
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

/** The same path string in every run: the entry's version is a hash of it. */
function transferFile(): string {
  return join(process.env.RUNNER_TEMP || tmpdir(), 'acme-deploy-state', 'state.bin');
}

function resetDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
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
