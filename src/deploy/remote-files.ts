// Certificate files on a host, written over SFTP so that key material never appears on a command
// line. Every file is written to a temporary name beside its target with its final mode and owner
// from the first byte, then renamed into place, so a reader sees the old file or the new one and
// never a half-written or world-readable key. The previous files are kept, so that a failed reload
// can put the host back exactly as it was.
import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';
import ssh2, { type FileEntry, type SFTPWrapper, type Stats } from 'ssh2';
import { settleAll } from '../util/settle-all.js';
import type { RemoteOwner } from './remote-owner.js';

const { OPEN_MODE, STATUS_CODE } = ssh2.utils.sftp;

/** Where the files a successful deployment replaced are kept, for a manual rollback. */
const BACKUP_SUFFIX = '.acme-deploy.bak';
const DIR_MODE = 0o755;
const WRITE_CHUNK = 32 * 1024;
/** Bytes asked for with a file's size: more than any certificate chain or key. */
const READ_AHEAD = 64 * 1024;
const TAG_BYTES = 6;
/** Symbolic links followed from a target before giving up, as the kernel's own limit. */
const MAX_LINKS = 40;

export interface RemoteFile {
  path: string;
  data: Buffer;
  /** Permission bits, e.g. 0o600. */
  mode: number;
}

/** Files put in place by replaceFiles, until the deployment is either kept or undone. */
export interface Replacement {
  /** Puts every replaced file back (same inode, so same content, mode, owner) and removes new ones. */
  restore(): Promise<void>;
  /** Keeps the new files; the replaced ones stay as `<path>.acme-deploy.bak`, never more open than the new ones. */
  commit(): Promise<void>;
}

export async function readRemoteFile(sftp: SFTPWrapper, path: string): Promise<Buffer | undefined> {
  return missingAsUndefined(readWhole(sftp, path), `cannot read ${path}`);
}

/**
 * A file in two round trips where ssh2's readFile takes four: its size, its first READ_AHEAD bytes
 * and the close are asked for together, which is all of a certificate or a key.
 */
async function readWhole(sftp: SFTPWrapper, path: string): Promise<Buffer> {
  const handle = await call<Buffer>((cb) => sftp.open(path, 'r', cb));
  const buffer = Buffer.alloc(READ_AHEAD);
  const looks = Promise.all([
    call<Stats>((cb) => sftp.fstat(handle, cb)),
    call<number>((cb) => sftp.read(handle, buffer, 0, READ_AHEAD, 0, cb)),
  ]);
  const closed = call((cb) => sftp.close(handle, cb)).catch(() => undefined);
  const [stats, length] = await looks.finally(() => closed);
  if (length === stats.size) return buffer.subarray(0, length);
  // Longer than one read, or the server answered short: read it the usual way.
  return call<Buffer>((cb) => sftp.readFile(path, cb));
}

export async function statRemote(sftp: SFTPWrapper, path: string): Promise<Stats | undefined> {
  return missingAsUndefined(call<Stats>((cb) => sftp.stat(path, cb)), `cannot read the attributes of ${path}`);
}

/**
 * Puts `files` in place together: all are staged before the first is replaced, so a failure while
 * uploading leaves the host untouched. If replacing fails half-way, what was done is undone before
 * the error is thrown.
 */
export async function replaceFiles(
  sftp: SFTPWrapper,
  requested: readonly RemoteFile[],
  owner?: RemoteOwner,
  options: ReplaceOptions = {},
): Promise<Replacement> {
  const folderLooks = folderLooksAhead(
    requested.map((file) => file.path),
    (dir) => statRemote(sftp, dir),
  );
  // A target that is a symbolic link (certbot's live/ folder, a shared current.pem) stays one: the
  // file it points to is the one replaced.
  const files = await Promise.all(requested.map(async (file) => ({ ...file, path: await followLinks(sftp, file.path) })));
  const job = new ReplaceJob(sftp, randomBytes(TAG_BYTES).toString('hex'));
  const undo = () => job.restoreOrReconnect(options.reconnect);
  // A stopping run starts no further step; what was done is undone below.
  const step = () => options.signal?.throwIfAborted();
  try {
    for (const dir of new Set(files.map((file) => posix.dirname(file.path)))) await job.makeDirs(dir, folderLooks.get(dir)).then(step);
    // Staged side by side (only temporary names are touched), then swapped side by side.
    await settleAll(files.map((file) => job.stage(file, owner))).then(step);
    await settleAll(files.map((file) => job.swap(file))).then(step);
  } catch (error) {
    await undo().catch((undoError: Error) => {
      throw new AggregateError([error, undoError], `${(error as Error).message}; undoing it failed too: ${undoError.message}`);
    });
    throw error;
  }
  return { restore: undo, commit: () => job.commit() };
}

export interface ReplaceOptions {
  /** The run's stop: no further step starts, and what was done is undone. */
  signal?: AbortSignal;
  /**
   * A fresh SFTP channel for the undo when the first one is gone (closed after a request timed
   * out), so that a stuck upload still leaves the old files and no temporary file behind.
   */
  reconnect?: () => Promise<SFTPWrapper>;
}

interface Swapped {
  path: string;
  /** The new file's permission bits. */
  mode: number;
  /** The previous file under a name of this run; undefined when there was none. */
  backup?: string;
}

class ReplaceJob {
  private readonly createdDirs: string[] = [];
  private readonly staged = new Map<string, string>();
  private readonly swapped: Swapped[] = [];

  constructor(
    private sftp: SFTPWrapper,
    private readonly tag: string,
  ) {}

  /** restore(), and if that fails, restore() again over a new channel for what is still undone. */
  async restoreOrReconnect(reconnect: (() => Promise<SFTPWrapper>) | undefined): Promise<void> {
    try {
      await this.restore();
    } catch (error) {
      if (!reconnect) throw error;
      this.sftp = await reconnect().catch((reconnectError: Error) => {
        throw new Error(`${(error as Error).message}; reconnecting to undo it failed: ${reconnectError.message}`);
      });
      await this.restore();
    }
  }

  /** `look`: the folder's attributes, when they were already asked for. */
  async makeDirs(dir: string, look = statRemote(this.sftp, dir)): Promise<void> {
    const missing: string[] = [];
    for (let current = dir; ; current = posix.dirname(current)) {
      const stats = await (current === dir ? look : statRemote(this.sftp, current));
      if (stats) {
        if (!stats.isDirectory()) throw new Error(`${current} exists and is not a folder`);
        break;
      }
      missing.unshift(current);
      if (current === '/') break;
    }
    for (const path of missing) {
      await wrap(call((cb) => this.sftp.mkdir(path, { mode: DIR_MODE }, cb)), `cannot create the folder ${path}`);
      this.createdDirs.push(path);
      // mkdir's mode passes through the server's umask; the folder must be traversable by the server.
      await wrap(call((cb) => this.sftp.chmod(path, DIR_MODE, cb)), `cannot set the mode of ${path}`);
    }
  }

  async stage(file: RemoteFile, owner: RemoteOwner | undefined): Promise<void> {
    const temp = `${posix.dirname(file.path)}/.${posix.basename(file.path)}.acme-deploy-${this.tag}.tmp`;
    this.staged.set(file.path, temp);
    const flags = OPEN_MODE.WRITE | OPEN_MODE.CREAT | OPEN_MODE.EXCL;
    // The mode in the open request makes the file private before any byte is written.
    const handle = await wrap(
      call<Buffer>((cb) => this.sftp.open(temp, flags, { mode: file.mode }, cb)),
      `cannot create ${temp}`,
    );
    // Everything else on the handle goes out at once, since the server handles one handle's requests
    // in order: over a long link, each request awaited alone would cost a round trip. Whatever fails
    // leaves only the temporary file, which the undo removes.
    const requests: Promise<unknown>[] = [
      // The server's umask may have narrowed the mode asked for at open.
      wrap(call<void>((cb) => this.sftp.fchmod(handle, file.mode, cb)), `cannot set the mode of ${temp}`),
    ];
    const ownerSet = owner ? this.giveAway(handle, file.path, owner) : undefined;
    if (ownerSet) requests.push(ownerSet);
    for (let offset = 0; offset < file.data.length; offset += WRITE_CHUNK) {
      const length = Math.min(WRITE_CHUNK, file.data.length - offset);
      requests.push(wrap(call<void>((cb) => this.sftp.write(handle, file.data, offset, length, offset, cb)), `cannot write ${temp}`));
    }
    // A reload right after a crash must not find an empty file under the final name.
    requests.push(optionalExtension(() => call((cb) => this.sftp.ext_openssh_fsync(handle, cb))));
    // Last on the handle. A change of owner with a group named went out above; one that has to ask
    // for the group first is sent on its answer, and the close after it.
    const close = () => call((cb) => this.sftp.close(handle, cb)).catch(() => undefined);
    const closed = ownerSet && owner?.gid === undefined ? ownerSet.then(close, close) : close();
    await settleAll([...requests, closed]);
  }

  /** Gives the staged file to `owner`, keeping its group when none is named (SFTP sets both at once). */
  private async giveAway(handle: Buffer, path: string, owner: RemoteOwner): Promise<void> {
    const gid = owner.gid ?? (await wrap(call<Stats>((cb) => this.sftp.fstat(handle, cb)), `cannot read the attributes of ${path}`)).gid;
    await wrap(
      call((cb) => this.sftp.fchown(handle, owner.uid, gid, cb)),
      `cannot give ${path} to ${owner.spec} (changing owners usually needs a login as root)`,
    );
  }

  async swap({ path, mode }: RemoteFile): Promise<void> {
    const temp = this.staged.get(path)!;
    const backup = `${path}.acme-deploy-${this.tag}.old`;
    // A hard link keeps the old file under a second name while the first stays in place. It is
    // asked for with the look at the old file, in one round trip: it fails where there is none.
    const [previous, linked] = await Promise.all([
      missingAsUndefined(call<Stats>((cb) => this.sftp.lstat(path, cb)), `cannot read ${path}`).then(
        (stats) => ({ stats }),
        (error: Error) => ({ error }),
      ),
      call<void>((cb) => this.sftp.ext_openssh_hardlink(path, backup, cb)).then(
        () => true,
        () => false,
      ),
    ]);
    if (linked) {
      this.swapped.push({ path, mode, backup });
    } else if ('error' in previous) {
      throw previous.error;
    } else if (previous.stats) {
      // Any refusal means renaming instead: no server support, or fs.protected_hardlinks forbidding
      // a login user to link a file it does not own.
      await wrap(call((cb) => this.sftp.rename(path, backup, cb)), `cannot keep a backup of ${path}`);
      this.swapped.push({ path, mode, backup });
    } else {
      this.swapped.push({ path, mode });
    }
    await wrap(this.renameOver(temp, path), `cannot move the new file to ${path}`);
    this.staged.delete(path);
  }

  /** Undoes what was done; what fails stays listed, so a later call can try it again. */
  async restore(): Promise<void> {
    const errors: Error[] = [];
    for (const swapped of [...this.swapped].reverse()) {
      const { path, backup } = swapped;
      try {
        await (backup
          ? wrap(this.renameOver(backup, path), `cannot restore ${path} from ${backup}`)
          : wrap(ignoreMissing(call((cb) => this.sftp.unlink(path, cb))), `cannot remove the new ${path}`));
        this.swapped.splice(this.swapped.indexOf(swapped), 1);
      } catch (error) {
        errors.push(error as Error);
      }
    }
    for (const [path, temp] of [...this.staged]) {
      try {
        await wrap(ignoreMissing(call((cb) => this.sftp.unlink(temp, cb))), `cannot remove ${temp}`);
        this.staged.delete(path);
      } catch (error) {
        errors.push(error as Error);
      }
    }
    if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('; '));
    await removeEmptyDirs(this.sftp, this.createdDirs.splice(0));
  }

  async commit(): Promise<void> {
    await settleAll(
      this.swapped.splice(0).map(async ({ path, mode, backup }) => {
        if (!backup) return;
        await this.narrowBackup(path, mode, backup);
        await wrap(this.renameOver(backup, `${path}${BACKUP_SUFFIX}`), `cannot keep the backup of ${path}`);
      }),
    );
  }

  /**
   * The backup holds the replaced file, with that file's mode and owner: a key that was 0644 would
   * stay world-readable under the backup name. A backup gets no permission its new file lacks, and a
   * private file's backup the new file's owner; one that cannot be made so is not kept.
   */
  private async narrowBackup(path: string, mode: number, backup: string): Promise<void> {
    const isPrivate = (mode & 0o077) === 0;
    // Both looks in one round trip; the new file's owner matters only for a private file.
    const newFile = isPrivate ? call<Stats>((cb) => this.sftp.stat(path, cb)) : undefined;
    newFile?.catch(() => undefined);
    const old = await wrap(call<Stats>((cb) => this.sftp.lstat(backup, cb)), `cannot read ${backup}`);
    if (!old.isFile()) return;
    const narrowed = old.mode & 0o7777 & mode;
    try {
      if (narrowed !== (old.mode & 0o7777)) await call((cb) => this.sftp.chmod(backup, narrowed, cb));
      const owner = await newFile;
      if (owner && (owner.uid !== old.uid || owner.gid !== old.gid)) {
        await call((cb) => this.sftp.chown(backup, owner.uid, owner.gid, cb));
      }
    } catch (error) {
      await ignoreMissing(call((cb) => this.sftp.unlink(backup, cb)));
      throw new Error(`the previous ${path} was not kept as a backup, since it could not be made as private as the new file: ${(error as Error).message}`, { cause: error });
    }
  }

  /** rename(2) semantics: SFTP's own rename refuses an existing target, OpenSSH's extension does not. */
  private async renameOver(from: string, to: string): Promise<void> {
    if (await optionalExtension(() => call<void>((cb) => this.sftp.ext_openssh_rename(from, to, cb)))) return;
    await ignoreMissing(call((cb) => this.sftp.unlink(to, cb)));
    await call((cb) => this.sftp.rename(from, to, cb));
  }
}

/**
 * `look` at the folder of each of `paths` while their links are being followed, as a target is
 * seldom a link; a look whose folder turns out not to be the target's is dropped unread.
 */
function folderLooksAhead<T>(paths: readonly string[], look: (dir: string) => Promise<T>): Map<string, Promise<T>> {
  const looks = new Map([...new Set(paths.map((path) => posix.dirname(path)))].map((dir) => [dir, look(dir)]));
  for (const pending of looks.values()) pending.catch(() => undefined);
  return looks;
}

/** The file a chain of symbolic links ends at (which may not exist yet); `path` itself when it is no link. */
async function followLinks(sftp: SFTPWrapper, path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const stats = await missingAsUndefined(call<Stats>((cb) => sftp.lstat(current, cb)), `cannot read ${current}`);
    if (!stats?.isSymbolicLink()) return current;
    const target = await wrap(call<string>((cb) => sftp.readlink(current, cb)), `cannot read the link ${current}`);
    current = posix.resolve(posix.dirname(current), target);
  }
  throw new Error(`${path}: more than ${MAX_LINKS} symbolic links in a row`);
}

/**
 * Clears what a run killed half-way left beside the targets: its temporary files, and the backups
 * it made. A target a killed run had already moved aside (renamed, not linked) gets that file back
 * first, so this run's rollback can restore it.
 */
export async function removeLeftovers(sftp: SFTPWrapper, targets: readonly string[]): Promise<void> {
  const listings = folderLooksAhead(targets, (dir) => listFolder(sftp, dir));
  const paths = await Promise.all(targets.map((target) => followLinks(sftp, target)));
  const tag = `acme-deploy-[0-9a-f]{${TAG_BYTES * 2}}`;
  for (const dir of new Set(paths.map((path) => posix.dirname(path)))) {
    const entries = await missingAsUndefined(listings.get(dir) ?? listFolder(sftp, dir), `cannot list ${dir}`);
    if (!entries) continue;
    for (const path of paths.filter((candidate) => posix.dirname(candidate) === dir)) {
      const name = escapeRegExp(posix.basename(path));
      const temps = entries.filter((entry) => new RegExp(`^\\.${name}\\.${tag}\\.tmp$`).test(entry.filename));
      const backups = entries
        .filter((entry) => new RegExp(`^${name}\\.${tag}\\.old$`).test(entry.filename))
        .sort((a, b) => b.attrs.mtime - a.attrs.mtime);
      if (backups.length > 0 && !entries.some((entry) => entry.filename === posix.basename(path))) {
        const newest = backups.shift()!;
        await wrap(call((cb) => sftp.rename(`${dir}/${newest.filename}`, path, cb)), `cannot put ${path} back from ${newest.filename}`);
      }
      for (const leftover of [...temps, ...backups]) {
        await wrap(ignoreMissing(call((cb) => sftp.unlink(`${dir}/${leftover.filename}`, cb))), `cannot remove ${dir}/${leftover.filename}`);
      }
    }
  }
}

/**
 * A folder's entries in two round trips where ssh2's readdir takes four: the second read, which
 * finds the end of a certificate folder, and the close are sent with the first.
 */
async function listFolder(sftp: SFTPWrapper, dir: string): Promise<FileEntry[]> {
  const handle = await call<Buffer>((cb) => sftp.opendir(dir, cb));
  const read = () =>
    call<FileEntry[]>((cb) => sftp.readdir(handle, cb)).catch((error: unknown) => {
      if ((error as { code?: unknown }).code === STATUS_CODE.EOF) return undefined;
      throw error;
    });
  const reads = [read(), read()];
  const closed = call((cb) => sftp.close(handle, cb)).catch(() => undefined);
  const [first, second] = await Promise.all(reads).finally(() => closed);
  // A folder longer than one answer is listed again, the usual way.
  if (second) return call<FileEntry[]>((cb) => sftp.readdir(dir, cb));
  return first ?? [];
}

/**
 * Takes away files a killed run put where there was none, their temporary files, and the folders
 * made for them: what the run's own undo would have done.
 */
export async function removeNewFiles(sftp: SFTPWrapper, paths: readonly string[], createdDirs: readonly string[]): Promise<void> {
  await removeLeftovers(sftp, paths);
  for (const path of paths) await wrap(ignoreMissing(call((cb) => sftp.unlink(path, cb))), `cannot remove ${path}`);
  await removeEmptyDirs(sftp, createdDirs);
}

/** Innermost first; only folders left empty go: anything someone else put there since stays. */
async function removeEmptyDirs(sftp: SFTPWrapper, dirs: readonly string[]): Promise<void> {
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    await call((cb) => sftp.rmdir(dir, cb)).catch(() => undefined);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Callback<T> = (error: Error | undefined | null, value: T) => void;

/** Promisifies one SFTP call; a request ssh2 refuses to send (it throws) becomes a rejection. */
function call<T = void>(start: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((error, value) => (error ? reject(error) : resolve(value)));
  });
}

/** False when the server lacks the OpenSSH extension: ssh2 refuses to send it, or the server refuses it. */
async function optionalExtension(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    const unsupported =
      (error as { code?: unknown }).code === STATUS_CODE.OP_UNSUPPORTED ||
      /does not support this extended request/.test((error as Error).message);
    if (unsupported) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown }).code === STATUS_CODE.NO_SUCH_FILE;
}

async function missingAsUndefined<T>(pending: Promise<T>, what: string): Promise<T | undefined> {
  try {
    return await pending;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new Error(`${what}: ${(error as Error).message}`, { cause: error });
  }
}

async function ignoreMissing(pending: Promise<void>): Promise<void> {
  await pending.catch((error: unknown) => {
    if (!isMissing(error)) throw error;
  });
}

async function wrap<T>(pending: Promise<T>, what: string): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}`, { cause: error });
  }
}
