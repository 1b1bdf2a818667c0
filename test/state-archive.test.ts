import assert from 'node:assert/strict';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { packFolder, StateArchiveError, unpackArchive } from '../src/state/state-archive.js';

const base = mkdtempSync(join(tmpdir(), 'state-archive-'));
after(() => rmSync(base, { recursive: true, force: true }));

let counter = 0;
function freshDir(): string {
  const dir = join(base, `d${counter++}`);
  mkdirSync(dir, { mode: 0o700 });
  return dir;
}

/** A lego folder; `reverse` creates the same tree in the opposite order. */
function legoFolder(reverse = false): string {
  const root = freshDir();
  const steps: Array<() => void> = [
    () => mkdirSync(join(root, 'accounts', 'acme-v02.api.letsencrypt.org', 'me@example.com', 'keys'), { recursive: true, mode: 0o700 }),
    () => mkdirSync(join(root, 'certificates'), { mode: 0o700 }),
    () => mkdirSync(join(root, 'empty'), { mode: 0o750 }),
    () => writeFileSync(join(root, 'accounts', 'acme-v02.api.letsencrypt.org', 'me@example.com', 'account.json'), '{"email":"me@example.com"}', { mode: 0o600 }),
    () => writeFileSync(join(root, 'accounts', 'acme-v02.api.letsencrypt.org', 'me@example.com', 'keys', 'me@example.com.key'), '-----BEGIN EC PRIVATE KEY-----\n', { mode: 0o600 }),
    () => writeFileSync(join(root, 'certificates', '_.example.com.crt'), Buffer.from([0, 1, 2, 255]), { mode: 0o644 }),
    () => writeFileSync(join(root, 'certificates', '_.example.com.key'), '', { mode: 0o600 }),
  ];
  const order = reverse ? [0, 1, 2, 6, 5, 4, 3] : [0, 1, 2, 3, 4, 5, 6];
  for (const i of order) steps[i]();
  return root;
}

/** Builds an archive by hand, as a hostile or damaged cache entry could hold it. */
function craft(entries: Array<{ kind: number; path: string; mode?: number; data?: string }>, tail = Buffer.alloc(0)): Buffer {
  const parts = [Buffer.from('ADSA'), Buffer.from([1]), u32(entries.length)];
  for (const entry of entries) {
    const path = Buffer.from(entry.path);
    const mode = Buffer.alloc(2);
    mode.writeUInt16BE(entry.mode ?? 0o600);
    const length = Buffer.alloc(2);
    length.writeUInt16BE(path.length);
    parts.push(Buffer.from([entry.kind]), mode, length, path);
    if (entry.kind === 2) parts.push(u32(Buffer.byteLength(entry.data ?? '')), Buffer.from(entry.data ?? ''));
  }
  return Buffer.concat([...parts, tail]);
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

/** Every path under `root` with its mode and, for files, contents: what packing must preserve. */
function snapshot(root: string): Record<string, { mode: number; data?: string }> {
  const result: Record<string, { mode: number; data?: string }> = {};
  for (const path of readdirSync(root, { recursive: true }) as string[]) {
    const stat = lstatSync(join(root, path));
    result[path] = { mode: stat.mode & 0o7777, data: stat.isFile() ? readFileSync(join(root, path)).toString('hex') : undefined };
  }
  return result;
}

function assertRefused(archive: Buffer, message: RegExp): void {
  const parent = freshDir();
  assert.throws(() => unpackArchive(archive, join(parent, 'restore-')), (error: unknown) => {
    assert.ok(error instanceof StateArchiveError, String(error));
    assert.match(error.message, message);
    return true;
  });
  assert.deepEqual(readdirSync(parent), [], 'nothing is left behind');
}

describe('packing a state folder', () => {
  it('unpacks into a new folder with the same names, modes and contents', () => {
    const root = legoFolder();
    const parent = freshDir();
    const unpacked = unpackArchive(packFolder(root), join(parent, 'restore-'));
    assert.ok(unpacked.startsWith(join(parent, 'restore-')));
    assert.deepEqual(snapshot(unpacked), snapshot(root));
    assert.equal(snapshot(unpacked)['accounts'].mode, 0o700);
    assert.equal(snapshot(unpacked)['certificates/_.example.com.key'].mode, 0o600);
  });

  it('packs the same folder to the same bytes, whatever the creation order and times', () => {
    const one = legoFolder();
    const other = legoFolder(true);
    utimesSync(join(other, 'certificates', '_.example.com.crt'), new Date(0), new Date(0));
    assert.deepEqual(packFolder(other), packFolder(one));
    const unpacked = unpackArchive(packFolder(one), join(freshDir(), 'restore-'));
    assert.deepEqual(packFolder(unpacked), packFolder(one));
  });

  it('changes when a mode changes', () => {
    const root = legoFolder();
    const before = packFolder(root);
    chmodSync(join(root, 'certificates', '_.example.com.crt'), 0o600);
    assert.notDeepEqual(packFolder(root), before);
  });

  it('refuses symlinks, to files and to folders', () => {
    const toFile = legoFolder();
    symlinkSync('/etc/passwd', join(toFile, 'certificates', 'link.crt'));
    assert.throws(() => packFolder(toFile), /certificates\/link\.crt is a symlink/);
    const toDir = legoFolder();
    symlinkSync('/etc', join(toDir, 'etc'));
    assert.throws(() => packFolder(toDir), /etc is a symlink/);
  });
});

describe('unpacking a cached state', () => {
  it('refuses paths that climb out of the folder', () => {
    assertRefused(craft([{ kind: 2, path: '../escape', data: 'x' }]), /unsafe path/);
    assertRefused(craft([{ kind: 1, path: 'a', mode: 0o700 }, { kind: 2, path: 'a/../../escape' }]), /unsafe path/);
    assertRefused(craft([{ kind: 2, path: '..' }]), /unsafe path/);
  });

  it('refuses absolute and odd paths', () => {
    for (const path of ['/etc/cron.d/x', 'C:/x', 'a\\b', '', 'a//b', './a', 'a/', 'a\0b']) {
      assertRefused(craft([{ kind: 2, path }]), /unsafe path/);
    }
  });

  it('refuses anything but folders and regular files, such as a link entry', () => {
    assertRefused(craft([{ kind: 3, path: 'link', data: '/etc/passwd' }]), /unsupported kind 3/);
  });

  it('refuses an entry before its folder, a duplicate, and set-id bits', () => {
    assertRefused(craft([{ kind: 2, path: 'certificates/a.crt' }]), /comes before its folder/);
    assertRefused(craft([{ kind: 2, path: 'a' }, { kind: 2, path: 'a/b' }]), /comes before its folder/);
    assertRefused(craft([{ kind: 2, path: 'a' }, { kind: 2, path: 'a' }]), /duplicate entry a/);
    assertRefused(craft([{ kind: 2, path: 'a', mode: 0o4755 }]), /mode bits beyond permissions/);
  });

  it('refuses truncated archives and trailing bytes', () => {
    const archive = packFolder(legoFolder());
    for (let length = 0; length < archive.length; length += 7) {
      assertRefused(archive.subarray(0, length), /truncated|not a packed state folder/);
    }
    assertRefused(Buffer.concat([archive, Buffer.from([0])]), /unexpected bytes after the last entry/);
  });

  it('refuses another format or version', () => {
    assertRefused(Buffer.from('PK\x03\x04'), /not a packed state folder/);
    assertRefused(Buffer.concat([Buffer.from('ADSA'), Buffer.from([2]), u32(0)]), /unsupported packed state version 2/);
  });
});
