// Every state file is replaced by write-to-temp + rename, so a crash or a full disk never leaves a
// half-written key or certificate where lego or the next run would read it.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

export function ensureDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: DIR_MODE });
}

export interface FileWrite {
  readonly path: string;
  readonly data: string | Buffer;
}

/**
 * Writes every file to a temporary sibling first and renames them all only when all are written,
 * so files that belong together (a certificate and its key) are never left half old, half new.
 */
export function writeFilesAtomic(files: readonly FileWrite[]): void {
  const temps: string[] = [];
  try {
    for (const file of files) temps.push(writeTemp(file));
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
  files.forEach((file, i) => renameSync(temps[i], file.path));
}

function writeTemp({ path, data }: FileWrite): string {
  ensureDir(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // Mode is given at creation, so a key is never readable by others, not even for an instant.
  const fd = openSync(temp, 'wx', FILE_MODE);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  chmodSync(temp, FILE_MODE);
  return temp;
}
