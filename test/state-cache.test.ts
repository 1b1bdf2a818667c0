// The state cache against the real @actions/cache, talking to the cache service double over HTTP.
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { InputError } from '../src/config/input-helper.js';
import { MAX_KEY_PREFIX_LENGTH, readCacheConfig, type CacheConfig } from '../src/state/cache-config.js';
import { packFolder, StateArchiveError } from '../src/state/state-archive.js';
import { entryKey, newestSealedKey, sealedAtOfKey, statePrefix } from '../src/state/cache-key.js';
import { cacheScope, restoreState, saveState, stateDigest, StateRestoreError } from '../src/state/state-cache.js';
import { sealPlaintext, StateDecryptError } from '../src/state/state-crypto.js';
import { rewriteArchivedFile, startCacheService, type CacheServiceDouble } from './doubles/cache-service.js';
import { memoryLog } from './support/memory-log.js';

const passphrase = 'vT3n1W0d5bq9Qm7u2Y8kR4xZ6cE1aH0s';
const config: CacheConfig = { enabled: true, keyPrefix: 'acme-deploy', passphrase, olderPassphrases: [], allowPlaintext: false };
const scope = cacheScope(['https://acme-v02.api.letsencrypt.org/directory', 'me@example.com', '_.example.com']);
const run = (runId: string, previousDigest?: string) => ({ runId, runAttempt: '1', previousDigest });

let service: CacheServiceDouble;
let base: string;
let counter = 0;
const savedEnv: Record<string, string | undefined> = {};
/** What @actions/cache prints for the runner (`::warning::…`, `[command]tar …`), kept out of the test report. */
const runnerOutput: string[] = [];
const realWrite = process.stdout.write.bind(process.stdout);

function setEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (!(name in savedEnv)) savedEnv[name] = process.env[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

before(async () => {
  service = await startCacheService();
  base = mkdtempSync(join(tmpdir(), 'state-cache-'));
  mkdirSync(join(base, 'workspace'));
  setEnv({
    ...service.env,
    RUNNER_TEMP: join(base, 'runner-temp'),
    GITHUB_WORKSPACE: join(base, 'workspace'),
    ACTIONS_CACHE_URL: undefined,
    ACTIONS_CACHE_MODE: undefined,
  });
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string' && /^(::|\[command\]|Cache |Lookup only|Failed to |Sent |Received )/.test(chunk)) {
      runnerOutput.push(chunk);
      return true;
    }
    return (realWrite as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
});

after(async () => {
  process.stdout.write = realWrite;
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await service.stop();
  rmSync(base, { recursive: true, force: true });
});

beforeEach(() => {
  service.evictAll();
  service.setDown(false);
  runnerOutput.length = 0;
  service.requests.length = 0;
});

afterEach(() => {
  // The transfer folder never outlives a call: it may hold the sealed (or plaintext) state.
  assert.ok(!existsSync(join(base, 'runner-temp', 'acme-deploy-state')));
});

/** A lego folder as the action leaves it: folders 0700, files 0600. */
function legoFolder(certificate = 'chain v1'): string {
  const root = join(base, `lego-${counter++}`, '.lego');
  const account = join(root, 'accounts', 'acme-v02.api.letsencrypt.org', 'me@example.com');
  mkdirSync(join(account, 'keys'), { recursive: true, mode: 0o700 });
  mkdirSync(join(root, 'certificates'), { mode: 0o700 });
  writeFileSync(join(account, 'account.json'), '{"email":"me@example.com"}', { mode: 0o600 });
  writeFileSync(join(account, 'keys', 'me@example.com.key'), '-----BEGIN EC PRIVATE KEY-----\nMHc\n', { mode: 0o600 });
  writeFileSync(join(root, 'certificates', '_.example.com.crt'), certificate, { mode: 0o600 });
  writeFileSync(join(root, 'certificates', '_.example.com.key'), 'certificate key', { mode: 0o600 });
  writeFileSync(join(root, 'certificates', '_.example.com.json'), '{"domain":"*.example.com"}', { mode: 0o600 });
  return root;
}

/** A state folder path whose parent exists but which does not. */
function emptyPlace(): string {
  const parent = join(base, `place-${counter++}`);
  mkdirSync(parent);
  return join(parent, '.lego');
}

/** Every path under `root` with its mode and, for files, contents. */
function snapshot(root: string): Record<string, { mode: number; data?: string }> {
  const result: Record<string, { mode: number; data?: string }> = {};
  for (const path of readdirSync(root, { recursive: true }) as string[]) {
    const stat = lstatSync(join(root, path));
    result[path] = { mode: stat.mode & 0o7777, data: stat.isFile() ? readFileSync(join(root, path), 'utf8') : undefined };
  }
  return result;
}

async function saved(statePath: string, runId: string): Promise<string> {
  assert.equal(await saveState(config, statePath, scope, memoryLog(), run(runId)), 'saved');
  return service.entries().at(-1)!.key;
}

/** Restores into a folder that already holds a state, and proves that folder came through intact. */
async function assertRestoreLeavesFolderAlone(
  expected: Parameters<typeof assert.rejects>[1],
  secret: CacheConfig = config,
): Promise<void> {
  const statePath = legoFolder('the local state');
  const before = snapshot(statePath);
  await assert.rejects(restoreState(secret, statePath, scope, memoryLog()), expected);
  assert.deepEqual(snapshot(statePath), before);
  assert.deepEqual(
    readdirSync(dirname(statePath)),
    ['.lego'],
    'no half-restored folder next to the state folder',
  );
}

describe('state cache', () => {
  it('restores a saved state into an empty place with the same files and modes', async () => {
    const original = legoFolder();
    const key = await saved(original, '101');
    assert.match(key, new RegExp(`^acme-deploy-${scope}-101-1-[0-9a-f]{12}-\\d{8}T\\d{9}Z$`));

    const statePath = emptyPlace();
    const log = memoryLog();
    assert.deepEqual(await restoreState(config, statePath, scope, log), { hit: true, key, reseal: false });
    assert.deepEqual(snapshot(statePath), snapshot(original));
    assert.equal(lstatSync(join(statePath, 'certificates')).mode & 0o777, 0o700);
    assert.equal(lstatSync(join(statePath, 'certificates', '_.example.com.key')).mode & 0o777, 0o600);
    assert.equal(stateDigest(statePath), stateDigest(original));
    assert.match(log.text(), /Restored the state folder/);
  });

  it('replaces a stale local state folder completely', async () => {
    await saved(legoFolder('cached chain'), '102');
    const statePath = legoFolder('stale chain');
    writeFileSync(join(statePath, 'certificates', 'old.example.com.crt'), 'leftover');
    await restoreState(config, statePath, scope, memoryLog());
    assert.equal(readFileSync(join(statePath, 'certificates', '_.example.com.crt'), 'utf8'), 'cached chain');
    assert.ok(!readdirSync(join(statePath, 'certificates')).includes('old.example.com.crt'));
    assert.deepEqual(readdirSync(dirname(statePath)), ['.lego']);
  });

  it('does not save a state that has not changed since the restore', async () => {
    await saved(legoFolder(), '103');
    const statePath = emptyPlace();
    await restoreState(config, statePath, scope, memoryLog());
    service.requests.length = 0;
    const outcome = await saveState(config, statePath, scope, memoryLog(), run('104', stateDigest(statePath)));
    assert.equal(outcome, 'unchanged');
    assert.equal(service.entries().length, 1);
    assert.deepEqual(service.requests, []);
  });

  it('finds the existing entry when the same state is saved twice in one run attempt', async () => {
    const statePath = legoFolder();
    await saved(statePath, '105');
    const log = memoryLog();
    service.requests.length = 0;
    assert.equal(await saveState(config, statePath, scope, log, run('105')), 'exists');
    assert.equal(service.entries().length, 1);
    assert.ok(!service.requests.some((request) => request.startsWith('CreateCacheEntry')), 'nothing uploaded');
    assert.doesNotMatch(log.text(), /warning/);
  });

  it('saves a state that changed later in the same run attempt as a new entry', async () => {
    const statePath = legoFolder('before deployment');
    const first = await saved(statePath, '106');
    const digest = stateDigest(statePath);
    writeFileSync(join(statePath, 'certificates', '_.example.com.crt'), 'after renewal');
    assert.equal(await saveState(config, statePath, scope, memoryLog(), run('106', digest)), 'saved');
    assert.notEqual(service.entries()[1].key, first);
  });

  it("restores the newest entry of the certificate's scope", async () => {
    await saved(legoFolder('oldest'), '200');
    const newest = await saved(legoFolder('newest'), '201');
    const otherScope = cacheScope(['https://acme-v02.api.letsencrypt.org/directory', 'me@example.com', 'other.example']);
    await saveState(config, legoFolder('other certificate'), otherScope, memoryLog(), run('202'));
    const statePath = emptyPlace();
    assert.deepEqual(await restoreState(config, statePath, scope, memoryLog()), { hit: true, key: newest, reseal: false });
    assert.equal(readFileSync(join(statePath, 'certificates', '_.example.com.crt'), 'utf8'), 'newest');
  });

  it('treats an evicted state as a miss and leaves the local folder alone', async () => {
    await saved(legoFolder(), '300');
    service.evictAll();
    const statePath = legoFolder('local only');
    const before = snapshot(statePath);
    const log = memoryLog();
    assert.deepEqual(await restoreState(config, statePath, scope, log), { hit: false });
    assert.deepEqual(snapshot(statePath), before);
    assert.match(log.text(), /info: No cached state found under acme-deploy-[0-9a-f]{16}-\*/);
  });

  it('carries on with a warning while the cache service is unreachable', async () => {
    await saved(legoFolder(), '400');
    service.setDown(true);
    const statePath = legoFolder('local only');
    const before = snapshot(statePath);
    const started = Date.now();
    assert.deepEqual(await restoreState(config, statePath, scope, memoryLog()), { hit: false });
    assert.deepEqual(snapshot(statePath), before);
    assert.ok(runnerOutput.some((line) => line.startsWith('::warning::Failed to restore')), runnerOutput.join(''));

    const log = memoryLog();
    writeFileSync(join(statePath, 'certificates', '_.example.com.crt'), 'renewed while down');
    assert.equal(await saveState(config, statePath, scope, log, run('401')), 'failed');
    assert.match(log.text(), /warning: Could not save the state to the cache/);
    assert.ok(Date.now() - started < 5000, 'no retry delays');
  });

  it('warns and skips the cache when the job has no cache service', async () => {
    const statePath = legoFolder();
    setEnv({ ACTIONS_RESULTS_URL: undefined });
    try {
      const log = memoryLog();
      assert.deepEqual(await restoreState(config, statePath, scope, log), { hit: false });
      assert.equal(await saveState(config, statePath, scope, log, run('500')), 'failed');
      assert.equal(log.lines.filter((line) => line.startsWith('warning: The GitHub Actions cache service is not available')).length, 2);
      assert.deepEqual(service.requests, []);
    } finally {
      setEnv({ ACTIONS_RESULTS_URL: service.env.ACTIONS_RESULTS_URL });
    }
  });

  it('fails without touching the folder when the download arrives corrupted', async () => {
    await saved(legoFolder(), '600');
    service.corruptNextDownload();
    await assertRestoreLeavesFolderAlone((error: unknown) => {
      assert.ok(error instanceof StateRestoreError);
      assert.match(error.message, /exists but could not be downloaded or unpacked/);
      return true;
    });
    assert.ok(runnerOutput.some((line) => line.startsWith('::warning::Failed to restore')), runnerOutput.join(''));
  });

  it('refuses a tampered entry without touching the folder', async () => {
    const key = await saved(legoFolder(), '700');
    service.tamper(key, (archive) =>
      rewriteArchivedFile(archive, 'state.bin', (sealed) => {
        sealed[sealed.length >> 1] ^= 0x01;
        return sealed;
      }),
    );
    await assertRestoreLeavesFolderAlone(StateDecryptError);
  });

  it('refuses a planted plaintext state when plaintext is not allowed', async () => {
    const key = await saved(legoFolder(), '800');
    const planted = sealPlaintext(packFolder(legoFolder('attacker chain')), { scope, sealedAt: new Date() });
    service.tamper(key, (archive) => rewriteArchivedFile(archive, 'state.bin', () => planted));
    await assertRestoreLeavesFolderAlone(/stored unencrypted but allow-plaintext-state is false/);
  });

  it('refuses a sealed archive that would escape the state folder', async () => {
    const key = await saved(legoFolder(), '850');
    // version 1, one entry: a 0600 file at ../escape, empty.
    const entry = [2, 0x01, 0x80, 0, 9, ...Buffer.from('../escape'), 0, 0, 0, 0];
    const hostile = Buffer.concat([Buffer.from('ADSA'), Buffer.from([1, 0, 0, 0, 1, ...entry])]);
    service.tamper(key, (archive) => rewriteArchivedFile(archive, 'state.bin', () => sealPlaintext(hostile, { scope, sealedAt: sealedAtOfKey(key, `acme-deploy-${scope}-`)! })));
    await assertRestoreLeavesFolderAlone(StateArchiveError, { ...config, allowPlaintext: true });
  });

  it('refuses a wrong passphrase without touching the folder', async () => {
    await saved(legoFolder(), '900');
    await assertRestoreLeavesFolderAlone(/cannot be decrypted: wrong state-passphrase or tampered cache entry\. Cache entry acme-deploy-\S+ was not restored.*gh cache delete acme-deploy-.*new cache-key/, {
      ...config,
      passphrase: 'not the passphrase',
    });
  });

  it('keeps a plaintext state when plaintext is allowed and no passphrase is set', async () => {
    const plaintext: CacheConfig = { enabled: true, keyPrefix: 'acme-deploy', olderPassphrases: [], allowPlaintext: true };
    const original = legoFolder();
    assert.equal(await saveState(plaintext, original, scope, memoryLog(), run('1000')), 'saved');
    const statePath = emptyPlace();
    assert.equal((await restoreState(plaintext, statePath, scope, memoryLog())).hit, true);
    assert.deepEqual(snapshot(statePath), snapshot(original));
    await assert.rejects(restoreState(config, emptyPlace(), scope, memoryLog()), /stored unencrypted/);
  });

  it('saves nothing, quietly, when there was and is no state folder', async () => {
    const log = memoryLog();
    assert.equal(await saveState(config, emptyPlace(), scope, log, run('1200', undefined)), 'unchanged');
    assert.doesNotMatch(log.text(), /warning/);
  });

  it('keeps the longest accepted cache-key prefix within the service limit of 512', async () => {
    const longest: CacheConfig = { ...config, keyPrefix: 'k'.repeat(MAX_KEY_PREFIX_LENGTH) };
    const outcome = await saveState(longest, legoFolder(), scope, memoryLog(), { runId: '9'.repeat(20), runAttempt: '9'.repeat(10) });
    assert.equal(outcome, 'saved');
    assert.equal(service.entries()[0].key.length, 512);
  });

  it('never shows the passphrase in cache keys or logs', async () => {
    const log = memoryLog();
    const statePath = legoFolder();
    await saveState(config, statePath, scope, log, run('1100'));
    await restoreState(config, emptyPlace(), scope, log);
    const everything = [log.text(), runnerOutput.join(''), service.requests.join('\n'), ...service.entries().map((e) => e.key)].join('\n');
    assert.ok(everything.length > 0);
    assert.ok(!everything.includes(passphrase));
  });
});

describe('cache inputs', () => {
  const read = (inputs: Record<string, string>) => readCacheConfig((name) => inputs[name] ?? '');

  it('encrypts with the passphrase under the default key prefix', () => {
    assert.deepEqual(read({ 'state-passphrase': ` ${passphrase}\n` }), {
      enabled: true,
      keyPrefix: 'acme-deploy',
      passphrase,
      olderPassphrases: [],
      allowPlaintext: false,
    });
  });

  it('reads several passphrase lines: the first seals, the others only open', () => {
    const config = read({ 'state-passphrase': `new-one\r\n\n  old-one  \nolder-one\n` });
    assert.equal(config.passphrase, 'new-one');
    assert.deepEqual(config.olderPassphrases, ['old-one', 'older-one']);
  });

  it('explains how to create the passphrase secret when it is missing', () => {
    assert.throws(() => read({ cache: 'true' }), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.input, 'state-passphrase');
      assert.match(error.message, /openssl rand -base64 32/);
      assert.match(error.message, /Settings → Secrets and variables → Actions/);
      assert.match(error.message, /state-passphrase: \$\{\{ secrets\.ACME_STATE_PASSPHRASE \}\}/);
      return true;
    });
  });

  it('needs no passphrase without the cache or with plaintext allowed', () => {
    assert.equal(read({ cache: 'false' }).enabled, false);
    assert.deepEqual(read({ 'allow-plaintext-state': 'true' }), {
      enabled: true,
      keyPrefix: 'acme-deploy',
      passphrase: undefined,
      olderPassphrases: [],
      allowPlaintext: true,
    });
  });

  it('refuses cache keys with commas, spaces or too many characters', () => {
    for (const key of ['acme,deploy', 'acme deploy', 'acme\tdeploy', 'k'.repeat(MAX_KEY_PREFIX_LENGTH + 1)]) {
      assert.throws(() => read({ 'cache-key': key, 'state-passphrase': passphrase }), { name: 'InputError', input: 'cache-key' });
    }
    assert.equal(read({ 'cache-key': 'certs/prod-v2', 'state-passphrase': passphrase }).keyPrefix, 'certs/prod-v2');
  });
});

describe('cache keys', () => {
  const prefix = `acme-deploy-${scope}-`;

  it('name the seal time to the millisecond, and the newest sealed key wins whatever the order', () => {
    const early = entryKey(statePrefix(prefix, '900', '1', 'abcdef012345'), new Date('2026-01-02T03:04:05.678Z'));
    const late = entryKey(statePrefix(prefix, '7', '2', '0123456789ab'), new Date('2026-01-02T03:04:05.679Z'));
    assert.equal(early, `${prefix}900-1-abcdef012345-20260102T030405678Z`);
    assert.equal(sealedAtOfKey(early, prefix)?.toISOString(), '2026-01-02T03:04:05.678Z');
    assert.equal(newestSealedKey([late, early], prefix), late);
    assert.equal(newestSealedKey([early, late], prefix), late);
  });

  it('leave keys of the earlier form without a seal time, to the prefix lookup', () => {
    const earlier = `${prefix}901-1-abcdef012345`;
    assert.equal(sealedAtOfKey(earlier, prefix), undefined);
    assert.equal(newestSealedKey([earlier], prefix), undefined);
    assert.equal(sealedAtOfKey(`${prefix}901-1-abcdef012345-20260102T030405678Z-extra`, prefix), undefined);
  });
});
