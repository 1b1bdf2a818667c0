// Network namespaces on one private bridge: the machinery every test component that needs its own
// address (SSH hosts, name servers) is built on. Every object a run creates is named after the
// process that made it, so a later run removes what a crashed one left and leaves parallel runs alone.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, type WriteStream } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './ports.js';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}


// Every object a run creates carries the pid of the process that made it, so a later run can tell
// leftovers of a crashed process (pid gone) from those of a run still going in parallel.
export const PREFIX = 'acmedt';
export const LINK_PREFIX = 'adt';
// Fixed width, so a stale run's pid can be read back from a 15-character interface name.
export const pidTag = process.pid.toString(36).padStart(5, '0');
let sequence = 0;
/** A distinct number for each network this process makes, for names no parallel network shares. */
export function nextSequence(): number {
  return sequence++;
}
/** What the exit hooks tear down if a test process ends without stopping it. */
const live = new Set<{ destroySync(): void }>();
const ROUTES_FILE = 'unreachable-routes';

/** False for a zombie too: a container's pid 1 may take seconds to reap what it inherited. */
export function processAlive(pid: number): boolean {
  const state = taskState(`/proc/${pid}`);
  return state !== '' && state !== 'Z' && state !== 'X';
}

/** The state letter (R, S, T, Z...) of the process or thread whose /proc folder is `dir`; '' when gone. */
export function taskState(dir: string): string {
  const stat = safeRead(`${dir}/stat`);
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}

export function makeTempDir(purpose: string): string {
  const dir = join(tmpdir(), `${PREFIX}-${process.pid}-${purpose}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  return dir;
}

let staleCleaned = false;
/** cleanStaleTestHosts, once per process. */
export function cleanStaleRuns(): void {
  if (staleCleaned) return;
  staleCleaned = true;
  cleanStaleTestHosts();
}

/**
 * Removes what crashed runs left behind (namespaces and their processes, bridges, veths, routes,
 * folders): everything named after a process that no longer exists. startSshHosts calls it once per
 * process; runs still going in parallel are left alone.
 */
export function cleanStaleTestHosts(): void {
  const ip = (...args: string[]) => spawnSync('ip', args, { encoding: 'utf8' });
  const names = ip('netns', 'list').stdout ?? '';
  for (const line of names.split('\n')) {
    const ns = line.split(' ')[0];
    const match = new RegExp(`^${PREFIX}-(\\d+)-`).exec(ns);
    if (match && !processAlive(Number(match[1]))) destroyNamespaceSync(ns);
  }
  const links = ip('-o', 'link', 'show').stdout ?? '';
  for (const line of links.split('\n')) {
    const name = /^\d+:\s+([^:@\s]+)/.exec(line)?.[1];
    const match = name && new RegExp(`^${LINK_PREFIX}([0-9a-z]{5})[bv]`).exec(name);
    if (match && !processAlive(parseInt(match[1], 36))) ip('link', 'del', name);
  }
  for (const entry of safeReaddir(tmpdir())) {
    const match = new RegExp(`^${PREFIX}-(\\d+)-`).exec(entry);
    if (!match || processAlive(Number(match[1]))) continue;
    const dir = join(tmpdir(), entry);
    for (const pidFile of findPidFiles(dir)) killPidFileSync(pidFile, dir);
    for (const route of safeRead(join(dir, ROUTES_FILE)).split('\n').filter(Boolean)) {
      ip(...family(route), 'route', 'del', 'unreachable', route);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

export function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function findPidFiles(dir: string): string[] {
  return safeReaddir(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry.endsWith('.pid')) return [path];
    try {
      return lstatSync(path).isDirectory() ? findPidFiles(path) : [];
    } catch {
      return [];
    }
  });
}

/**
 * Kills the process a pid file names, but only if it is still one of ours: its command line names
 * the run's folder (sshd, nginx) or it is the namespace holder.
 */
function killPidFileSync(pidFile: string, runDir: string): void {
  const pid = Number(safeRead(pidFile).trim());
  if (!Number.isInteger(pid) || pid <= 1) return;
  const command = safeRead(`/proc/${pid}/cmdline`).replace(/\0/g, ' ').trim();
  if (command.includes(runDir) || command === 'sleep infinity') {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

export function destroyNamespaceSync(ns: string): void {
  // Killing every process in the namespace also ends its mount namespace and the bind mounts in it.
  const pids = spawnSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' }).stdout ?? '';
  for (const pid of pids.split(/\s+/).filter(Boolean)) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  spawnSync('ip', ['netns', 'del', ns]);
}

/** Makes sure `resource` is torn down if the process exits or is signalled before it stops it. */
export function destroyOnExit(resource: { destroySync(): void }): () => void {
  installExitCleanup();
  live.add(resource);
  return () => live.delete(resource);
}

let exitCleanupInstalled = false;
function installExitCleanup(): void {
  if (exitCleanupInstalled) return;
  exitCleanupInstalled = true;
  // 'exit' handlers must be synchronous, so this path kills and deletes without waiting politely.
  process.on('exit', () => {
    for (const network of live) network.destroySync();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const network of live) network.destroySync();
      process.kill(process.pid, signal);
    });
  }
}

// --- processes ------------------------------------------------------------------------------------

export function namespacesWork(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = `${PREFIX}-${process.pid}-probe-${randomBytes(3).toString('hex')}`;
  const added = spawnSync('ip', ['netns', 'add', probe]).status === 0;
  if (!added) return false;
  const mounts = spawnSync('ip', ['netns', 'exec', probe, 'unshare', '-m', '--propagation', 'private', 'true']).status === 0;
  spawnSync('ip', ['netns', 'del', probe]);
  return mounts;
}

// --- processes ------------------------------------------------------------------------------------

export async function run(
  command: string,
  args: readonly string[],
  options: { input?: string | Buffer; timeoutMs?: number; check?: boolean } = {},
): Promise<ExecResult> {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.input ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status, signal) => resolve(status ?? (signal ? 128 : 1)));
  }).finally(() => clearTimeout(timer));
  const result = { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  if (options.check !== false && code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${code}: ${result.stderr.trim() || result.stdout.trim()}`);
  }
  return result;
}

/** A long-running child whose stderr is kept (bounded) for diagnostics and written to a file. */
export class Daemon {
  readonly child;
  private output = '';
  private readonly log: WriteStream;
  exited = false;

  constructor(command: string, args: readonly string[], logFile: string) {
    this.log = createWriteStream(logFile, { flags: 'a' });
    this.child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-64_000);
      this.log.write(chunk);
    };
    this.child.stdout.on('data', keep);
    this.child.stderr.on('data', keep);
    this.child.once('exit', () => {
      this.exited = true;
    });
    this.child.once('close', () => this.log.end());
    this.child.once('error', (error) => keep(Buffer.from(`spawn failed: ${error.message}\n`)));
  }

  get text(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    if (this.exited || this.child.exitCode !== null) return;
    const closed = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await closed;
    clearTimeout(timer);
  }
}

export function family(prefix: string): string[] {
  return prefix.includes(':') ? ['-6'] : ['-4'];
}

/** A 198.18.X.0/24 no other run (or anything else) uses in the root namespace right now. */
export function pickFreeOctet(seq: number): number {
  const used = new Set<number>();
  const text = spawnSync('ip', ['-o', '-4', 'addr', 'show'], { encoding: 'utf8' }).stdout ?? '';
  for (const match of text.matchAll(/\b198\.1[89]\.(\d+)\./g)) used.add(Number(match[1]));
  const routes = spawnSync('ip', ['-o', '-4', 'route', 'show', 'table', 'all'], { encoding: 'utf8' }).stdout ?? '';
  for (const match of routes.matchAll(/\b198\.1[89]\.(\d+)\./g)) used.add(Number(match[1]));
  const start = (process.pid * 7 + seq * 13) % 250;
  for (let i = 0; i < 250; i++) {
    const octet = ((start + i) % 250) + 1;
    if (!used.has(octet)) return octet;
  }
  throw new Error('no free 198.18.X.0/24 subnet for the test hosts');
}

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

// --- one run's bridges, routes and namespaces ---------------------------------------------------

/** An address of a namespace on a bridge. */
export interface NamespaceLink {
  bridge: string;
  ip: string;
  /** Extra IPv4 addresses on the same interface. */
  moreIps?: string[];
  ip6?: string;
}

/**
 * The bridges, routes and namespaces of one test network, and a folder for its files. `stop` (or,
 * if the process ends first, the exit hooks) removes all of them.
 */
export class TestNet {
  readonly seq = nextSequence();
  readonly dir: string;
  readonly namespaceNames: string[] = [];
  readonly bridges: string[] = [];
  /** Outside ends of the veth pairs: the kernel frees a deleted namespace's pairs only later, in the background. */
  readonly veths: string[] = [];
  readonly routes: string[] = [];
  private readonly forget: () => void;

  constructor(purpose: string, private readonly beforeDestroy: () => void = () => undefined) {
    this.dir = makeTempDir(`${purpose}${this.seq}`);
    this.forget = destroyOnExit(this);
  }

  /** A link name unique to this network: `tag` says what it is for (at most 6 characters). */
  linkName(kind: 'b' | 'v', tag: string): string {
    return `${LINK_PREFIX}${pidTag}${kind}${this.seq.toString(36)}${tag}`;
  }

  namespaceName(name: string): string {
    return `${PREFIX}-${process.pid}-${this.seq}-${name}`;
  }

  async addBridge(name: string, address: string | undefined): Promise<void> {
    // Bridged frames must not meet the machine's iptables FORWARD policy (Docker sets it to DROP).
    await run('ip', ['link', 'add', 'name', name, 'type', 'bridge', 'nf_call_iptables', '0', 'nf_call_ip6tables', '0', 'nf_call_arptables', '0']);
    this.bridges.push(name);
    if (address) await run('ip', ['addr', 'add', address, 'dev', name]);
    await run('ip', ['link', 'set', name, 'up']);
  }

  async addUnreachableRoute(prefix: string): Promise<void> {
    // Routes carry no owner name, so the run folder records them for cleanStaleRuns.
    await appendFile(join(this.dir, ROUTES_FILE), `${prefix}\n`);
    await run('ip', [...family(prefix), 'route', 'add', 'unreachable', prefix]);
    this.routes.push(prefix);
  }

  /** A network namespace with loopback up and one interface per link; `vethTag` names the outside ends. */
  async addNamespace(ns: string, links: readonly NamespaceLink[], vethTag: string): Promise<void> {
    await run('ip', ['netns', 'add', ns]);
    this.namespaceNames.push(ns);
    await run('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
    for (const [index, link] of links.entries()) {
      const outside = this.linkName('v', `${vethTag}${index}`);
      await run('ip', ['link', 'add', outside, 'type', 'veth', 'peer', 'name', `eth${index}`, 'netns', ns]);
      this.veths.push(outside);
      await run('ip', ['link', 'set', outside, 'master', link.bridge]);
      await run('ip', ['link', 'set', outside, 'up']);
      for (const ip of [link.ip, ...(link.moreIps ?? [])]) await run('ip', ['-n', ns, 'addr', 'add', `${ip}/24`, 'dev', `eth${index}`]);
      // nodad: the address is usable at once instead of after duplicate address detection (~1 s).
      if (link.ip6) await run('ip', ['-n', ns, '-6', 'addr', 'add', `${link.ip6}/64`, 'dev', `eth${index}`, 'nodad']);
      await run('ip', ['-n', ns, 'link', 'set', `eth${index}`, 'up']);
    }
  }

  /**
   * A process that holds a mount namespace of its own inside `ns`, with `mounts` bound (source onto
   * target), so everything later entered with nsenter sees the same files, and killing a service
   * does not lose them. Resolves with its pid once it is in place.
   */
  async startHolder(ns: string, mounts: ReadonlyArray<readonly [string, string]>, what: string): Promise<{ daemon: Daemon; pid: number }> {
    const binds = mounts.map(([source, target]) => `mount --bind ${shellQuote(source)} ${shellQuote(target)} && `).join('');
    const daemon = new Daemon(
      'ip',
      ['netns', 'exec', ns, 'unshare', '-m', '--propagation', 'private', 'sh', '-c', `${binds}exec sleep infinity`],
      join(this.dir, `${what}-holder.log`),
    );
    const pid = daemon.child.pid;
    if (pid === undefined) throw new Error(`${what}: could not start the namespace holder`);
    await waitFor(
      () => {
        if (daemon.exited) throw new Error(`namespace holder exited: ${daemon.text}`);
        return safeRead(`/proc/${pid}/comm`).trim() === 'sleep';
      },
      { timeoutMs: 10_000, what: `${what}'s namespaces` },
    );
    await writeFile(join(this.dir, `${what}-holder.pid`), `${pid}\n`);
    return { daemon, pid };
  }

  /** Deletes one namespace now, killing whatever still runs in it. */
  removeNamespace(ns: string): void {
    destroyNamespaceSync(ns);
    const index = this.namespaceNames.indexOf(ns);
    if (index >= 0) this.namespaceNames.splice(index, 1);
  }

  /** Stops `services` (in parallel) and then removes everything; throws what went wrong, after trying it all. */
  async stop(services: ReadonlyArray<() => Promise<unknown>>, what: string): Promise<void> {
    const errors: unknown[] = [];
    const attempt = async (step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    };
    await Promise.all(services.map(attempt));
    // Deleting one end of a pair deletes both at once; gone already is fine.
    for (const veth of this.veths) spawnSync('ip', ['link', 'del', veth]);
    for (const ns of this.namespaceNames) await attempt(() => run('ip', ['netns', 'del', ns]));
    for (const bridge of this.bridges) await attempt(() => run('ip', ['link', 'del', bridge]));
    for (const route of this.routes) await attempt(() => run('ip', [...family(route), 'route', 'del', 'unreachable', route]));
    await attempt(async () => rmSync(this.dir, { recursive: true, force: true }));
    this.forget();
    if (errors.length > 0) throw new AggregateError(errors, `${what} left something behind`);
  }

  destroySync(): void {
    this.beforeDestroy();
    for (const veth of this.veths) spawnSync('ip', ['link', 'del', veth]);
    for (const ns of this.namespaceNames) destroyNamespaceSync(ns);
    for (const bridge of this.bridges) spawnSync('ip', ['link', 'del', bridge]);
    for (const route of this.routes) spawnSync('ip', [...family(route), 'route', 'del', 'unreachable', route]);
    rmSync(this.dir, { recursive: true, force: true });
    this.forget();
  }
}
