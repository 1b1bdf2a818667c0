// Packs a state folder into one buffer and back, so it can be sealed as a whole. No tar: the format
// only knows directories and regular files with relative paths, which leaves nothing for a crafted
// entry to escape through (absolute paths, `..`, links). No timestamps, and a fixed order, so an
// unchanged folder packs to the same bytes and its digest tells whether a save is needed.
//
// "ADSA" | version | entry count (u32) | entries
// entry: kind (1 dir, 2 file) | mode (u16) | path length (u16) | UTF-8 path ('/'-separated)
//        | file only: size (u32) | contents
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, win32 } from 'node:path';

const MAGIC = Buffer.from('ADSA');
const VERSION = 1;
const DIR = 1;
const FILE = 2;
const PERMISSION_BITS = 0o777;

/** A state folder that cannot be packed, or a packed state that is not safe or not whole. */
export class StateArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateArchiveError';
  }
}

interface Entry {
  readonly kind: typeof DIR | typeof FILE;
  readonly path: string;
  readonly mode: number;
  readonly data?: Buffer;
}

/** Packs everything under `root` (not `root` itself). Symlinks and special files are refused. */
export function packFolder(root: string): Buffer {
  const entries: Entry[] = [];
  collect(root, '', entries);
  const parts = [MAGIC, Buffer.from([VERSION]), u32(entries.length)];
  for (const entry of entries) {
    const path = Buffer.from(entry.path, 'utf8');
    parts.push(Buffer.from([entry.kind]), u16(entry.mode), u16(path.length), path);
    if (entry.data) parts.push(u32(entry.data.length), entry.data);
  }
  return Buffer.concat(parts);
}

/**
 * Checks the whole archive first, then writes it into a new folder made by mkdtemp(`tempPrefix`)
 * and returns that folder. Nothing is left behind when anything fails.
 */
export function unpackArchive(archive: Buffer, tempPrefix: string): string {
  const entries = parse(archive);
  const target = mkdtempSync(tempPrefix);
  try {
    for (const entry of entries) {
      const path = join(target, ...entry.path.split('/'));
      if (entry.kind === DIR) mkdirSync(path, { mode: 0o700 });
      else {
        writeFileSync(path, entry.data ?? Buffer.alloc(0), { flag: 'wx', mode: 0o600 });
        chmodSync(path, entry.mode);
      }
    }
    // Directory modes last: a read-only directory would otherwise refuse its own files.
    for (const entry of entries.filter((e) => e.kind === DIR).reverse()) {
      chmodSync(join(target, ...entry.path.split('/')), entry.mode);
    }
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    throw error;
  }
  return target;
}

function collect(dir: string, prefix: string, entries: Entry[]): void {
  // Code-unit order, not locale order: the same folder must pack the same on every runner.
  const names = readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    // A name that unpacking would refuse (a backslash) must fail now, not on every later restore.
    checkPath(rel);
    const stat = lstatSync(path);
    const mode = stat.mode & PERMISSION_BITS;
    if (stat.isDirectory()) {
      entries.push({ kind: DIR, path: rel, mode });
      collect(path, rel, entries);
    } else if (stat.isFile()) {
      entries.push({ kind: FILE, path: rel, mode, data: readFileSync(path) });
    } else {
      const what = stat.isSymbolicLink() ? 'a symlink' : 'not a regular file or directory';
      throw new StateArchiveError(`cannot pack the state folder: ${rel} is ${what}`);
    }
  }
}

function parse(archive: Buffer): Entry[] {
  const reader = new Reader(archive);
  if (!reader.take(MAGIC.length).equals(MAGIC)) throw new StateArchiveError('not a packed state folder');
  const version = reader.byte();
  if (version !== VERSION) throw new StateArchiveError(`unsupported packed state version ${version}`);
  const count = reader.u32();
  const entries: Entry[] = [];
  const dirs = new Set<string>();
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const kind = reader.byte();
    const mode = reader.u16();
    const path = reader.take(reader.u16()).toString('utf8');
    checkPath(path);
    if (seen.has(path)) throw new StateArchiveError(`duplicate entry ${path}`);
    const parent = posix.dirname(path);
    if (parent !== '.' && !dirs.has(parent)) throw new StateArchiveError(`entry ${path} comes before its folder`);
    if (mode & ~PERMISSION_BITS) throw new StateArchiveError(`entry ${path} has mode bits beyond permissions`);
    seen.add(path);
    if (kind === DIR) {
      dirs.add(path);
      entries.push({ kind, path, mode });
    } else if (kind === FILE) {
      entries.push({ kind, path, mode, data: reader.take(reader.u32()) });
    } else {
      throw new StateArchiveError(`entry ${path} has unsupported kind ${kind} (only folders and regular files)`);
    }
  }
  if (!reader.atEnd()) throw new StateArchiveError('unexpected bytes after the last entry');
  return entries;
}

function checkPath(path: string): void {
  const unsafe =
    path === '' ||
    posix.isAbsolute(path) ||
    win32.isAbsolute(path) ||
    path.includes('\\') ||
    path.includes('\0') ||
    path.split('/').some((part) => part === '' || part === '.' || part === '..');
  if (unsafe) throw new StateArchiveError(`unsafe path in packed state: ${JSON.stringify(path)}`);
}

class Reader {
  private offset = 0;
  constructor(private readonly data: Buffer) {}

  take(length: number): Buffer {
    if (this.offset + length > this.data.length) throw new StateArchiveError('packed state is truncated');
    const slice = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
  byte(): number {
    return this.take(1)[0];
  }
  u16(): number {
    return this.take(2).readUInt16BE(0);
  }
  u32(): number {
    return this.take(4).readUInt32BE(0);
  }
  atEnd(): boolean {
    return this.offset === this.data.length;
  }
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value);
  return buffer;
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}
