// One SSH connection to one deploy target (through the jump host when there is one). Host keys are
// checked against ssh-known-hosts before any credential is offered, so a host that cannot prove it
// is the one listed never gets a login attempt, let alone the certificate key.
import { createHash, randomBytes } from 'node:crypto';
import { connect as netConnect } from 'node:net';
import type { Duplex } from 'node:stream';
import ssh2, { type ConnectConfig, type ParsedKey, type PublicKeyAuthMethod, type SFTPWrapper } from 'ssh2';
import type { Log } from '../util/log.js';
import { untrustedLines } from '../util/untrusted-text.js';
import type { DeployConfig, HostKeyPolicy, SshEndpoint } from './deploy-config.js';

const { Client } = ssh2;
type Client = InstanceType<typeof Client>;

export type SessionConfig = Pick<DeployConfig, 'privateKey' | 'passphrase' | 'hostKeys' | 'jumpHost' | 'timeoutMs'>;

export interface ExecResult {
  /** Exit status; null when the command ended by a signal or the connection dropped. */
  code: number | null;
  signal?: string;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  /** Exported by the shell before the command: sshd drops `env` requests unless AcceptEnv allows them. */
  env?: Readonly<Record<string, string>>;
  timeoutMs: number;
  /** The run's stop: a command still running is killed as at its timeout. */
  signal?: AbortSignal;
}

/** SFTP requests (callback last) that each get the ssh-timeout; anything else passes through. */
const SFTP_REQUESTS = new Set([
  'open', 'close', 'read', 'write', 'fstat', 'stat', 'lstat', 'fchmod', 'chmod', 'fchown', 'chown', 'mkdir', 'rmdir',
  'unlink', 'rename', 'readFile', 'opendir', 'readdir', 'realpath', 'ext_openssh_rename', 'ext_openssh_hardlink', 'ext_openssh_fsync',
]);

/** How long an SFTP request in flight when the run stops may still take. */
const STOP_GRACE_MS = 500;

/** Output kept per stream: enough for any error message, bounded against a chatty command. */
const OUTPUT_LIMIT = 64 * 1024;

/** The warning every run that skips host key checks prints, before it connects anywhere. */
// Both reading the hosts (adoption) and deploying connect: one warning per run is enough.
const warned = new WeakSet<HostKeyPolicy>();

export function warnIfInsecure(policy: HostKeyPolicy, log: Log): void {
  if (policy.kind === 'insecure' && !warned.has(policy)) {
    warned.add(policy);
    log.warning(
      'ssh-insecure-ignore-host-key is true: SSH host keys are NOT checked, so anyone on the network path ' +
        'can impersonate the hosts and receive the certificate key. Use ssh-known-hosts instead.',
    );
  }
}

export class SshSession {
  private sftpChannel?: Promise<SFTPWrapper>;
  private ended = false;
  /** Set once the connection was dropped for a stuck request: later requests fail at once. */
  private destroyed = false;

  private constructor(
    readonly target: SshEndpoint,
    private readonly client: Client,
    private readonly bastion: { client: Client; endpoint: SshEndpoint } | undefined,
    private readonly timeoutMs: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    client.once('close', () => {
      this.ended = true;
    });
  }

  /** False once the connection has closed, by close(), because it dropped, or for a stuck request. */
  get isOpen(): boolean {
    return !this.ended && !this.destroyed;
  }

  /** With `signal`, requests still unanswered shortly after the run stops count as timed out. */
  static async open(target: SshEndpoint, config: SessionConfig, log: Log, signal?: AbortSignal): Promise<SshSession> {
    const key = loginKey(config);
    const jump = config.jumpHost;
    if (!jump) {
      const client = await connectClient(target, key, config, log);
      return new SshSession(target, client, undefined, config.timeoutMs, signal);
    }
    const bastion = await connectClient(jump, key, config, log).catch((error: Error) => {
      throw new Error(`jump host: ${error.message}`, { cause: error });
    });
    try {
      const sock = await forwardOut(bastion, jump, target.host, target.port, config.timeoutMs);
      const client = await connectClient(target, key, config, log, sock);
      return new SshSession(target, client, { client: bastion, endpoint: jump }, config.timeoutMs, signal);
    } catch (error) {
      bastion.end();
      throw error;
    }
  }

  get label(): string {
    return this.target.label;
  }

  /** Runs `command` in the login shell; a command still running at the timeout is killed. */
  exec(command: string, options: ExecOptions): Promise<ExecResult> {
    // The shell reports its pid first: sshd starts every command in a session of its own, so that pid
    // names the process group to kill on timeout. Signal requests are no substitute: OpenSSH ignores
    // them on root logins. A nonce marks the line, since ~/.ssh/rc or a chatty shell startup may
    // print before it.
    const marker = `acme-deploy-pid-${randomBytes(8).toString('hex')}`;
    const line = `echo ${marker} $$; ${exportPrefix(options.env ?? {})}${command}`;
    return new Promise((resolve, reject) => {
      this.client.exec(line, (error, channel) => {
        if (error) return reject(new Error(`cannot run a command on ${this.label}: ${error.message}`, { cause: error }));
        // Nothing is ever sent: a command that reads its input gets end of file, not a wait until the timeout.
        channel.end();
        const stdout = new PidMarkedOutput(marker);
        const stderr = new Capture();
        channel.on('data', (chunk: Buffer) => stdout.add(chunk));
        channel.stderr.on('data', (chunk: Buffer) => stderr.add(chunk));
        let timedOut = false;
        const stop = (why: string) => {
          if (timedOut) return;
          timedOut = true;
          clearTimeout(timer);
          void this.kill(stdout.pid).finally(() => {
            channel.close();
            reject(new Error(`\`${command}\` on ${this.label} ${why}; it was killed`));
          });
        };
        const timer = setTimeout(() => stop(`did not finish within ${seconds(options.timeoutMs)} (ssh-timeout)`), options.timeoutMs);
        const onAbort = () => stop('was still running when the run stopped');
        if (options.signal?.aborted) onAbort();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        channel.once('close', (code: number | null | undefined, signal?: string) => {
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', onAbort);
          // A command killed for its timeout fails with the timeout, not with its signal.
          if (timedOut) return;
          resolve({
            code: typeof code === 'number' ? code : null,
            ...(signal ? { signal } : {}),
            stdout: stdout.text(),
            stderr: stderr.text(),
          });
        });
      });
    });
  }

  /** Kills a timed-out command's process group, so a rollback never races a reload still running. */
  private kill(pid: number | undefined): Promise<void> {
    // `kill -- -1` would signal every process the login user may signal.
    if (pid === undefined || pid <= 1) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.timeoutMs);
      this.client.exec(`kill -KILL -- -${pid} 2>/dev/null || kill -KILL ${pid}`, (error, channel) => {
        if (error) return resolve();
        channel.end();
        channel.resume();
        channel.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    });
  }

  /**
   * The session's SFTP channel, opened on first use. Every request is bounded by ssh-timeout: sshd
   * keeps answering keepalives while its sftp-server is stuck (a hung mount, a FIFO being read), so
   * only a per-request timer notices. On expiry the whole session is closed, since requests queue
   * behind the stuck one and the host cannot be trusted to finish anything.
   */
  sftp(): Promise<SFTPWrapper> {
    this.sftpChannel ??= withTimeout(
      new Promise<SFTPWrapper>((resolve, reject) =>
        this.client.sftp((error, sftp) => {
          if (error) return reject(new Error(`cannot start SFTP on ${this.label}: ${error.message}`, { cause: error }));
          // A broken channel also fails every pending request, which is where it is reported.
          sftp.on('error', () => undefined);
          resolve(this.bounded(sftp));
        }),
      ),
      this.timeoutMs,
      `SFTP on ${this.label} did not start within ${seconds(this.timeoutMs)}`,
    );
    return this.sftpChannel;
  }

  private bounded(sftp: SFTPWrapper): SFTPWrapper {
    let closed = false;
    sftp.once('close', () => {
      closed = true;
      // The next caller gets a channel of its own.
      this.sftpChannel = undefined;
    });
    return new Proxy(sftp, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        if (typeof property !== 'string' || !SFTP_REQUESTS.has(property)) return value.bind(target);
        return (...args: unknown[]) => {
          const callback = args.pop() as (error?: Error, ...results: unknown[]) => void;
          if (this.destroyed) {
            return process.nextTick(() => callback(new Error(`the connection to ${this.label} was closed after a request timed out`)));
          }
          // ssh2 drops a request on a closed channel without a word: it would wait out the timeout.
          if (closed || this.ended) {
            return process.nextTick(() => callback(new Error(`the SFTP channel to ${this.label} is closed`)));
          }
          let settled = false;
          const expire = (why: string) => {
            settled = true;
            clearTimeout(timer);
            this.signal?.removeEventListener('abort', onStop);
            this.destroy();
            callback(new Error(`no answer from the SFTP server on ${this.label} ${why}; the connection was closed`));
          };
          const timer = setTimeout(() => expire(`within ${seconds(this.timeoutMs)} (ssh-timeout)`), this.timeoutMs);
          // A stopping run has seconds left: a request that is merely slow still gets a moment.
          const onStop = () => setTimeout(() => settled || expire('after the run stopped'), STOP_GRACE_MS);
          this.signal?.addEventListener('abort', onStop, { once: true });
          return value.call(target, ...args, (error?: Error, ...results: unknown[]) => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            this.signal?.removeEventListener('abort', onStop);
            callback(error, ...results);
          });
        };
      },
    });
  }

  /**
   * A TCP connection to `port` on the target, made from where the SSH connection starts: through
   * the jump host when there is one, since the target may only be reachable from there.
   */
  openTcp(port: number): Promise<Duplex> {
    if (this.bastion) return forwardOut(this.bastion.client, this.bastion.endpoint, this.target.host, port, this.timeoutMs);
    const socket = netConnect({ host: this.target.host, port });
    return withTimeout(
      new Promise<Duplex>((resolve, reject) => {
        socket.once('connect', () => resolve(socket));
        socket.once('error', reject);
      }),
      this.timeoutMs,
      `no TCP connection to ${this.target.host} port ${port} within ${seconds(this.timeoutMs)}`,
    ).catch((error: unknown) => {
      socket.destroy();
      throw error;
    });
  }

  close(): void {
    this.ended = true;
    this.client.end();
    this.bastion?.client.end();
  }

  /** Drops the connection without the goodbye a stuck server would never answer. */
  destroy(): void {
    this.destroyed = true;
    this.client.destroy();
    this.bastion?.client.destroy();
  }
}

/**
 * The login key, parsed once per config: ssh2 parses the key it is given at every connection, and
 * an encrypted OpenSSH key costs a bcrypt derivation (0.3 s of CPU here) at every parse.
 */
function loginKey(config: SessionConfig): ParsedKey {
  const known = loginKeys.get(config);
  if (known) return known;
  if (!config.privateKey) throw new Error('no SSH private key to log in with');
  const parsed = ssh2.utils.parseKey(config.privateKey, config.passphrase);
  // The inputs were checked with the same parser: a failure here is a bug, not a user error.
  if (parsed instanceof Error) throw new Error(`the SSH private key cannot be read: ${parsed.message}`);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  loginKeys.set(config, key);
  return key;
}

const loginKeys = new WeakMap<SessionConfig, ParsedKey>();

function connectClient(
  endpoint: SshEndpoint,
  key: ParsedKey,
  config: Pick<SessionConfig, 'hostKeys' | 'timeoutMs'>,
  log: Log,
  sock?: Duplex,
): Promise<Client> {
  const client = new Client();
  const check = hostKeyCheck(endpoint, config.hostKeys, log);
  // Our own socket, for TCP_NODELAY: sshd sends a command's replies in small packets, and with Nagle
  // on our side each SFTP round trip waited for a delayed ACK (40 ms on Linux): a deployment's twenty
  // round trips took most of a second.
  const transport = sock ?? netConnect({ host: endpoint.host, port: endpoint.port, noDelay: true });
  const loginMethods: PublicKeyAuthMethod[] = [{ type: 'publickey', username: endpoint.user, key }];
  const options: ConnectConfig = {
    host: endpoint.host,
    port: endpoint.port,
    username: endpoint.user,
    authHandler: loginMethods,
    sock: transport,
    readyTimeout: config.timeoutMs,
    // A host that vanishes mid-deploy must fail its deployment, not hang the job.
    keepaliveInterval: Math.min(10_000, config.timeoutMs),
    keepaliveCountMax: 3,
    ...check.options,
  };
  return new Promise((resolve, reject) => {
    let ready = false;
    client.on('error', (error: Error & { level?: string }) => {
      if (ready) log.debug(`SSH connection to ${endpoint.label}: ${error.message}`);
      else reject(connectError(endpoint, error, check.problem(), config.timeoutMs));
    });
    // A forwarded channel that closes before the handshake emits no error of its own.
    client.once('close', () => {
      if (!ready) reject(new Error(`${endpoint.label} closed the connection before the SSH handshake completed`));
    });
    // A pre-login banner is the host's own notice (maintenance, decommissioning): worth showing.
    client.on('banner', (message: string) => {
      if (message.trim()) log.info(`${endpoint.label} banner:\n${untrustedLines(message.trimEnd())}`);
    });
    client.once('ready', () => {
      ready = true;
      resolve(client);
    });
    try {
      client.connect(options);
    } catch (error) {
      transport.destroy();
      reject(new Error(`cannot connect to ${endpoint.label}: ${(error as Error).message}`));
    }
  });
}

function hostKeyCheck(
  endpoint: SshEndpoint,
  policy: HostKeyPolicy,
  log: Log,
): { options: Partial<ConnectConfig>; problem(): string | undefined } {
  let problem: string | undefined;
  const { host, port, label } = endpoint;
  if (policy.kind === 'insecure') {
    return {
      options: {
        hostVerifier: (key: Buffer) => {
          log.info(`Host key of ${label} not checked (ssh-insecure-ignore-host-key): ${fingerprint(key)}`);
          return true;
        },
      },
      problem: () => undefined,
    };
  }
  const { knownHosts } = policy;
  const algorithms = knownHosts.hostKeyAlgorithmsFor(host, port);
  return {
    options: {
      // Offer only the key types known_hosts lists, so the server proves the key we can check.
      ...(algorithms.length > 0 ? { algorithms: { serverHostKey: algorithms as never } } : {}),
      hostVerifier: (key: Buffer) => {
        if (knownHosts.verify(host, port, key)) return true;
        problem = knownHosts.has(host, port)
          ? `host key of ${label} does not match ssh-known-hosts (changed key?): the server presented ${fingerprint(key)}`
          : `host key of ${label} is not in ssh-known-hosts (the server presented ${fingerprint(key)})`;
        return false;
      },
    },
    problem: () => problem,
  };
}

function connectError(
  endpoint: SshEndpoint,
  error: Error & { level?: string },
  hostKeyProblem: string | undefined,
  timeoutMs: number,
): Error {
  const { label, user } = endpoint;
  const wrap = (message: string) => new Error(message, { cause: error });
  if (hostKeyProblem) return wrap(hostKeyProblem);
  switch (error.level) {
    case 'client-authentication':
      return wrap(`${label} refused the SSH key for user ${user} (is its public half in ~${user}/.ssh/authorized_keys?)`);
    case 'client-timeout':
      return wrap(`no SSH handshake with ${label} within ${seconds(timeoutMs)} (ssh-timeout)`);
    case 'client-socket':
      return wrap(`cannot connect to ${label}: ${error.message}`);
    default:
      return wrap(`SSH connection to ${label} failed: ${error.message}`);
  }
}

/** A direct-tcpip channel from the bastion to host:port. */
function forwardOut(
  bastion: Client,
  jump: SshEndpoint,
  host: string,
  port: number,
  timeoutMs: number,
): Promise<Duplex> {
  const via = ` through jump host ${jump.label}`;
  const channel = new Promise<Duplex>((resolve, reject) =>
    bastion.forwardOut('127.0.0.1', 0, host, port, (error, stream) =>
      error ? reject(new Error(`cannot reach ${host} port ${port}${via}: ${error.message}`, { cause: error })) : resolve(stream),
    ),
  );
  return withTimeout(channel, timeoutMs, `no connection to ${host} port ${port}${via} within ${seconds(timeoutMs)}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `export A='x' B='y'; ` for the command line: values are single-quoted, so nothing in them expands. */
function exportPrefix(env: Readonly<Record<string, string>>): string {
  const names = Object.keys(env);
  if (names.length === 0) return '';
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`'${name}' is not a shell variable name`);
  }
  return `export ${names.map((name) => `${name}=${shellQuote(env[name])}`).join(' ')}; `;
}

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function fingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

class Capture {
  private chunks: Buffer[] = [];
  private size = 0;

  add(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > OUTPUT_LIMIT && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** A command's stdout with the line `<marker> <pid>` taken out, wherever it comes. */
class PidMarkedOutput {
  private readonly output = new Capture();
  /** Output before the marker line, while it has not come yet; undefined once it has, or never will. */
  private head: Buffer | undefined = Buffer.alloc(0);
  pid: number | undefined;

  constructor(private readonly marker: string) {}

  add(chunk: Buffer): void {
    if (this.head === undefined) return this.output.add(chunk);
    this.head = Buffer.concat([this.head, chunk]);
    const start = this.head.indexOf(`${this.marker} `);
    const end = start < 0 ? -1 : this.head.indexOf(0x0a, start);
    if (end >= 0) {
      const pid = Number(this.head.subarray(start + this.marker.length + 1, end).toString('latin1'));
      if (Number.isSafeInteger(pid)) this.pid = pid;
      this.output.add(Buffer.concat([this.head.subarray(0, start), this.head.subarray(end + 1)]));
      this.head = undefined;
    } else if (this.head.length > OUTPUT_LIMIT) {
      // So much before the marker means it is not coming: the command runs without a known pid.
      this.output.add(this.head);
      this.head = undefined;
    }
  }

  text(): string {
    return this.head ? this.head.toString('utf8') : this.output.text();
  }
}
