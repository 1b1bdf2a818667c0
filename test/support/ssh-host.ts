// Real deploy targets on one machine. Each host is its own network namespace (own IP on a private
// bridge) and mount namespace (its own /etc/ssl/acme), running its own sshd and nginx, so deploy
// tests exercise real SSH, real file permissions and real TLS, and can tell hosts apart by the
// files they hold and the certificate they serve.
//
// Without namespaces (not root, or a sandbox that forbids them) the hosts fall back to loopback
// ports and per-host folders: `acmeDir` and `tlsPort` then differ per host, and tests that use
// them instead of literal paths and 443 keep working.
import { createHmac, randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { appendFile, chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import {
  cleanStaleRuns,
  Daemon,
  makeTempDir,
  namespacesWork,
  pickFreeOctet,
  run,
  safeRead,
  shellQuote,
  TestNet,
  type ExecResult,
} from './netns.js';
import { freePort, waitFor } from './ports.js';

export { cleanStaleTestHosts, type ExecResult } from './netns.js';

/** The freezable SFTP subsystem (see SshHostsOptions.freezableSftp). */
const SFTP_GATE = join(import.meta.dirname, 'sftp-gate.mjs');

export type HostKeyType = 'ed25519' | 'ecdsa' | 'rsa';
export const HOST_KEY_TYPES: readonly HostKeyType[] = ['ed25519', 'ecdsa', 'rsa'];

export interface FileStat {
  /** Permission bits only (e.g. 0o600). */
  mode: number;
  uid: number;
  gid: number;
  size: number;
}

export interface TestHost {
  /** host1, host2, ... or jump. */
  name: string;
  role: 'target' | 'jump';
  /** Address the deploy code connects to (from the test process, or from the jump host). */
  ip: string;
  /** With `ipv6: true`: a unique local IPv6 address sshd and nginx also listen on. */
  ip6?: string;
  /** SSH port: 22 with namespaces. */
  port: number;
  user: string;
  /** "ip:port", as the deploy outputs name hosts. */
  label: string;
  /** False for targets behind the jump host: only the jump host can reach them. */
  reachable: boolean;
  /** Port nginx serves TLS on: 443 with namespaces. */
  tlsPort: number;
  /** '/etc/ssl/acme' with namespaces (a different folder on each host); the host's own folder otherwise. */
  acmeDir: string;
  certName: string;
  /** Paths nginx serves from, on the host: `${acmeDir}/${certName}/fullchain.pem` and privkey.pem. */
  certPath: string;
  keyPath: string;
  /** A reload-command for the action: checks and reloads this host's nginx. Undefined for the jump host. */
  reloadCommand?: string;
  nginxConfPath?: string;
  /** Raw public key blobs of the host keys, as ssh2's hostVerifier receives them. */
  hostKeys: Readonly<Record<HostKeyType, Buffer>>;
  /** The ed25519 host key blob, the one ssh2 negotiates unless told otherwise. */
  hostKeyPublic: Buffer;
  /** One known_hosts line per host key type, under the name OpenSSH looks this host up by. */
  knownHostsLines: readonly string[];
  knownHostsLine(type?: HostKeyType, hostName?: string): string;
  /** The lines in `ssh-keygen -H` form (`|1|salt|hash`), one per name and key type, fresh salts. */
  hashedKnownHostsLines(hostName?: string): string[];
  /** Runs `sh -c command` inside the host (its network and mount namespaces), as root. */
  exec(command: string, options?: { input?: string | Buffer; timeoutMs?: number }): Promise<ExecResult>;
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: string | Buffer, mode?: number): Promise<void>;
  exists(path: string): Promise<boolean>;
  stat(path: string): Promise<FileStat>;
  /** The leaf certificate nginx serves for `sni` (default certName), as PEM. */
  servedCertificatePem(sni?: string): Promise<string>;
  /**
   * The certificate served for `sni` once its serial is `serial` (any case): nginx's old workers may
   * still answer a new connection for a moment after a reload the action already verified.
   */
  servesSerial(serial: string, sni?: string): Promise<X509Certificate>;
  /** `nginx -s reload`, resolved once the new workers have replaced the old ones. */
  nginxReload(): Promise<void>;
  /** Adds a line to this host's authorized_keys. */
  authorize(publicKey: string): Promise<void>;
  /**
   * With `freezableSftp`: the SFTP server of the next session that writes stops (SIGSTOP) right
   * before its first write, and stays stopped; sshd keeps answering. Once: later sessions work.
   */
  freezeSftpOnNextWrite(): Promise<void>;
  /** The pid of the SFTP server frozen so far, if any. */
  frozenSftpPid(): number | undefined;
  /** sshd's stderr and nginx's error log so far, for failure messages. */
  logs(): string;
  /** How many SSH logins the host has accepted so far. */
  sshLogins(): number;
  /** nginx's access log so far: `status "request" "user agent"` per line. */
  accessLog(): string;
  /** The path, as the test process opens it, of `path` on this host (e.g. to hand a program the host's webroot). */
  localPath(path: string): string;
  stop(): Promise<void>;
}

export interface TestNetwork {
  isolation: 'namespaces' | 'loopback';
  /** The targets, in order (host1, host2, ...). */
  hosts: readonly TestHost[];
  jumpHost?: TestHost;
  /** ed25519 private key in OpenSSH format, authorised as root on every host. */
  clientKey: string;
  clientPublicKey: string;
  /** known_hosts text for every host and the jump host. */
  knownHosts: string;
  /** The deployment inputs that reach every target: hosts, ssh-private-key, ssh-known-hosts (and ssh-jump-host). */
  actionInputs(): Record<string, string>;
  /** Adds a line to every host's authorized_keys. */
  authorize(publicKey: string): Promise<void>;
  stop(): Promise<void>;
}

export interface SshHostsOptions {
  /** Certificate name nginx serves from `${acmeDir}/<certName>/`. Default example.com. */
  certName?: string;
  /** Add a jump host (sshd with TCP forwarding, no nginx). */
  jumpHost?: boolean;
  /**
   * With jumpHost: put the targets on a second bridge that only the jump host is attached to, so
   * the test process cannot reach them directly. Ignored in the loopback fallback.
   */
  targetsBehindJump?: boolean;
  /** 'auto' (default) uses namespaces when possible. */
  isolation?: 'auto' | 'namespaces' | 'loopback';
  /** Folders that hold different files on each host. Default ['/etc/ssl/acme']; the login user's home always is, with namespaces. */
  privateDirs?: readonly string[];
  /** Also give each host a unique local IPv6 address (namespaces only). */
  ipv6?: boolean;
  /**
   * nginx also serves plain HTTP on port 80 (namespaces only: every host needs its own port 80),
   * with `/.well-known/acme-challenge/` from this folder, which is private to each host.
   */
  httpWebroot?: string;
  /** Hosts (by name, e.g. 'host2') whose port-80 server redirects everything to HTTPS, challenge path included. */
  redirectHttp?: readonly string[];
  /** Text sshd sends before authentication (its `Banner`). */
  banner?: string;
  /** Serve SFTP through test/support/sftp-gate.mjs, so `freezeSftpOnNextWrite` works. */
  freezableSftp?: boolean;
}

export interface SshKeyPair {
  privateKey: string;
  publicKey: string;
}

/** A fresh SSH key made by ssh-keygen; `format: 'pem'` writes the legacy PEM form. */
export async function generateSshKey(
  options: { type?: HostKeyType; passphrase?: string; format?: 'openssh' | 'pem'; comment?: string } = {},
): Promise<SshKeyPair> {
  const dir = makeTempDir('key');
  try {
    const file = join(dir, 'key');
    await sshKeygen(file, options.type ?? 'ed25519', options.passphrase ?? '', options.comment ?? 'acme-deploy-test', options.format);
    return { privateKey: readFileSync(file, 'utf8'), publicKey: readFileSync(`${file}.pub`, 'utf8').trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An RSA key with a passphrase, for tests of `ssh-passphrase`. */
export function generateRsaKeyWithPassphrase(passphrase: string, format: 'openssh' | 'pem' = 'openssh'): Promise<SshKeyPair> {
  return generateSshKey({ type: 'rsa', passphrase, format });
}

/** The raw key blob of an OpenSSH public key line (`type base64 [comment]`). */
export function publicKeyBlob(line: string): Buffer {
  return Buffer.from(line.trim().split(/\s+/)[1], 'base64');
}

/** `|1|salt|hash` for a known_hosts name, as `ssh-keygen -H` writes it. */
export function hashKnownHostsName(name: string, salt: Buffer = randomBytes(20)): string {
  const hash = createHmac('sha1', salt).update(name).digest();
  return `|1|${salt.toString('base64')}|${hash.toString('base64')}`;
}

export async function startSshHosts(count: number, options: SshHostsOptions = {}): Promise<TestNetwork> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`startSshHosts: bad count ${count}`);
  cleanStaleRuns();
  const isolation = options.isolation ?? 'auto';
  const wantNamespaces = isolation !== 'loopback';
  const namespaces = wantNamespaces && namespacesWork();
  if (isolation === 'namespaces' && !namespaces) {
    throw new Error('startSshHosts: network namespaces are not available here (needs root and `ip netns add`)');
  }
  if (wantNamespaces && !namespaces) {
    console.log('ssh-host: network namespaces are unavailable; test hosts use loopback ports and separate folders');
  }
  const network = new Network(namespaces ? 'namespaces' : 'loopback', options);
  try {
    await network.start(count);
  } catch (error) {
    await network.stop().catch(() => undefined);
    throw error;
  }
  return network.api();
}


/**
 * A login user for tests of non-root deployment, created if missing with `useradd`. Users are
 * machine-wide (not per host) and are left in place: other runs may be using them.
 */
export async function ensureSystemUser(name: string): Promise<{ uid: number; gid: number }> {
  if (!/^[a-z_][a-z0-9_-]{0,30}$/.test(name)) throw new Error(`bad user name ${name}`);
  if ((await run('id', ['-u', name], { check: false })).code !== 0) {
    // Password `*`: no password login, but not "locked", which sshd without PAM would refuse.
    // With a home folder: sshd would otherwise print "Could not chdir to home directory" on the
    // stderr of every remote command.
    const made = await run('useradd', ['--create-home', '--shell', '/bin/sh', '--password', '*', name], { check: false });
    // A parallel run may have created it in between.
    if (made.code !== 0 && (await run('id', ['-u', name], { check: false })).code !== 0) {
      throw new Error(`useradd ${name} failed: ${made.stderr}`);
    }
  }
  const uid = Number((await run('id', ['-u', name])).stdout.trim());
  const gid = Number((await run('id', ['-g', name])).stdout.trim());
  return { uid, gid };
}


function sshKeygen(file: string, type: HostKeyType, passphrase: string, comment: string, format?: 'openssh' | 'pem'): Promise<ExecResult> {
  const bits = type === 'rsa' ? ['-b', '2048'] : type === 'ecdsa' ? ['-b', '256'] : [];
  const pem = format === 'pem' ? ['-m', 'PEM'] : [];
  return run('ssh-keygen', ['-q', '-t', type, ...bits, ...pem, '-N', passphrase, '-C', comment, '-f', file]);
}


// --- the network ----------------------------------------------------------------------------------

interface HostPlan {
  name: string;
  role: 'target' | 'jump';
  reachable: boolean;
  /** Addresses per bridge: the first is the one others use. */
  links: { bridge: string; ip: string; ip6?: string }[];
}

class Network {
  readonly net = new TestNet('net', () => this.allHosts().forEach((host) => host.killSync()));
  readonly seq = this.net.seq;
  readonly dir = this.net.dir;
  readonly hosts: Host[] = [];
  jump?: Host;
  clientKey = '';
  clientPublicKey = '';
  private stopped = false;

  constructor(
    readonly isolation: 'namespaces' | 'loopback',
    readonly options: SshHostsOptions,
  ) {}

  async start(count: number): Promise<void> {
    const client = await generateSshKey({ comment: 'acme-deploy-test-client' });
    this.clientKey = client.privateKey;
    this.clientPublicKey = client.publicKey;
    const plans = this.isolation === 'namespaces' ? await this.planNamespaces(count) : this.planLoopback(count);
    const started = await Promise.allSettled(plans.map((plan) => this.startHost(plan)));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  private planLoopback(count: number): HostPlan[] {
    const plans: HostPlan[] = [];
    if (this.options.jumpHost) plans.push({ name: 'jump', role: 'jump', reachable: true, links: [] });
    for (let i = 1; i <= count; i++) plans.push({ name: `host${i}`, role: 'target', reachable: true, links: [] });
    return plans;
  }

  private async planNamespaces(count: number): Promise<HostPlan[]> {
    const octet = pickFreeOctet(this.seq);
    const outer = this.net.linkName('b', 'a');
    await this.net.addBridge(outer, `198.18.${octet}.1/24`);
    const behind = Boolean(this.options.jumpHost && this.options.targetsBehindJump);
    // The inner bridge has no address in the root namespace: the test process has no route to it.
    const inner = behind ? this.net.linkName('b', 'b') : outer;
    if (behind) {
      await this.net.addBridge(inner, undefined);
      // Without this, a connection the test process (or code under test) tries to a hidden host
      // would follow the default route off the machine instead of failing at once.
      await this.net.addUnreachableRoute(`198.19.${octet}.0/24`);
    }
    // Unique local IPv6 (fd00::/8) prefixes derived from the same octet as the IPv4 subnets.
    const v6 = this.options.ipv6 ? { outer: `fdac:de00:0:${octet.toString(16)}::`, inner: `fdac:de00:1:${octet.toString(16)}::` } : undefined;
    if (v6) {
      await run('ip', ['-6', 'addr', 'add', `${v6.outer}1/64`, 'dev', outer, 'nodad']);
      if (behind) await this.net.addUnreachableRoute(`${v6.inner}/64`);
    }
    const plans: HostPlan[] = [];
    if (this.options.jumpHost) {
      const links = [{ bridge: outer, ip: `198.18.${octet}.2`, ...(v6 ? { ip6: `${v6.outer}2` } : {}) }];
      if (behind) links.push({ bridge: inner, ip: `198.19.${octet}.2`, ...(v6 ? { ip6: `${v6.inner}2` } : {}) });
      plans.push({ name: 'jump', role: 'jump', reachable: true, links });
    }
    for (let i = 1; i <= count; i++) {
      const ip = behind ? `198.19.${octet}.${10 + i}` : `198.18.${octet}.${10 + i}`;
      const ip6 = v6 ? `${behind ? v6.inner : v6.outer}${(10 + i).toString(16)}` : undefined;
      plans.push({ name: `host${i}`, role: 'target', reachable: !behind, links: [{ bridge: inner, ip, ...(ip6 ? { ip6 } : {}) }] });
    }
    return plans;
  }

  private async startHost(plan: HostPlan): Promise<void> {
    const host = new Host(this, plan);
    if (plan.role === 'jump') this.jump = host;
    else this.hosts.push(host);
    await host.start();
  }

  async authorize(publicKey: string): Promise<void> {
    await Promise.all(this.allHosts().map((host) => host.authorize(publicKey)));
  }

  allHosts(): Host[] {
    return [...(this.jump ? [this.jump] : []), ...this.hosts];
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.net.stop(
      this.allHosts().map((host) => () => host.stop()),
      'stopping the test hosts',
    );
  }

  api(): TestNetwork {
    const knownHosts = this.allHosts().flatMap((host) => host.knownHostsLines).join('\n') + '\n';
    const network = this;
    const targets = this.hosts.map((host) => host.api());
    const jump = this.jump?.api();
    return {
      isolation: this.isolation,
      hosts: targets,
      ...(jump ? { jumpHost: jump } : {}),
      clientKey: this.clientKey,
      clientPublicKey: this.clientPublicKey,
      knownHosts,
      actionInputs: () => ({
        hosts: targets.map((host) => `${host.user}@${endpointText(host.ip, host.port)}`).join('\n'),
        'ssh-private-key': network.clientKey,
        'ssh-known-hosts': knownHosts,
        ...(jump ? { 'ssh-jump-host': `${jump.user}@${endpointText(jump.ip, jump.port)}` } : {}),
      }),
      authorize: (publicKey) => network.authorize(publicKey),
      stop: () => network.stop(),
    };
  }
}


function endpointText(ip: string, port: number): string {
  return port === 22 ? ip : `${ip}:${port}`;
}


// --- one host -------------------------------------------------------------------------------------

const SSH_LISTENING = /Server listening on/;
/** The home folder of the login user: test hosts are logged in to as root. */
const HOME = '/root';

class Host {
  readonly dir: string;
  readonly ns: string | undefined;
  readonly certName: string;
  readonly privateDirs: readonly string[];
  ip = '127.0.0.1';
  readonly ip6: string | undefined;
  port = 22;
  tlsPort = 443;
  holderPid?: number;
  private holder?: Daemon;
  sshd?: Daemon;
  private nginx?: Daemon;
  private nginxConf?: string;
  private hostKeyLines = {} as Record<HostKeyType, string>;
  private stopped = false;

  constructor(
    readonly network: Network,
    readonly plan: HostPlan,
  ) {
    this.dir = join(network.dir, plan.name);
    this.certName = network.options.certName ?? 'example.com';
    const webroot = network.options.httpWebroot;
    // Each host has its own home folder, as a fresh server does: the login shell that runs every
    // command must not source this machine's ~/.bashrc (tens of milliseconds per command here).
    const own = network.options.privateDirs ?? ['/etc/ssl/acme'];
    this.privateDirs = [...new Set([...own, ...(network.isolation === 'namespaces' ? [HOME] : []), ...(webroot ? [webroot] : [])])];
    this.ns = network.isolation === 'namespaces' ? network.net.namespaceName(plan.name) : undefined;
    if (plan.links.length > 0) this.ip = plan.links[0].ip;
    this.ip6 = plan.links[0]?.ip6;
  }

  get namespaced(): boolean {
    return this.ns !== undefined;
  }

  get label(): string {
    return `${this.ip}:${this.port}`;
  }

  /** Where a private folder's files live for this host, seen from the root namespace. */
  privateDirSource(dir: string): string {
    return join(this.dir, 'private', dir.replace(/^\/+/, '').replace(/\//g, '_'));
  }

  get acmeDir(): string {
    return this.namespaced ? '/etc/ssl/acme' : this.privateDirSource('/etc/ssl/acme');
  }

  /** The path, as the test process opens it, of `path` on this host. */
  localPath(path: string): string {
    if (!path.startsWith('/')) throw new Error(`test host paths must be absolute: ${path}`);
    if (this.namespaced) {
      if (this.holderPid === undefined) throw new Error(`${this.plan.name} is not running`);
      // /proc/PID/root resolves paths in that process's mount namespace, bind mounts included.
      return `/proc/${this.holderPid}/root${path}`;
    }
    for (const dir of this.privateDirs) {
      if (path === dir || path.startsWith(`${dir}/`)) return this.privateDirSource(dir) + path.slice(dir.length);
    }
    return path;
  }

  async start(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o755 });
    // sshd reads authorized_keys as the login user, so the folder must be readable by everyone.
    await chmod(this.dir, 0o755);
    await mkdir('/run/sshd', { recursive: true, mode: 0o755 });
    for (const dir of this.privateDirs) {
      await mkdir(this.privateDirSource(dir), { recursive: true, mode: 0o755 });
      if (this.namespaced) await mkdir(dir, { recursive: true, mode: 0o755 });
    }
    await Promise.all(
      HOST_KEY_TYPES.map(async (type) => {
        const file = join(this.dir, `ssh_host_${type}_key`);
        await sshKeygen(file, type, '', `${this.plan.name}-host-key`);
        this.hostKeyLines[type] = (await readFile(`${file}.pub`, 'utf8')).trim();
      }),
    );
    await writeFile(join(this.dir, 'authorized_keys'), `${this.network.clientPublicKey}\n`, { mode: 0o644 });
    if (this.namespaced) await this.startNamespaces();
    else {
      this.port = await freePort();
      this.tlsPort = await freePort();
    }
    await this.startSshd();
    if (this.plan.role === 'target') await this.startNginx();
  }

  private async startNamespaces(): Promise<void> {
    const ns = this.ns!;
    const vethTag = this.plan.name === 'jump' ? 'j' : this.plan.name.slice(4);
    await this.network.net.addNamespace(ns, this.plan.links, vethTag);
    // The holder owns the host's mount namespace, so sshd, nginx and exec all see the same bind
    // mounts, and a test that kills sshd does not lose the host's files.
    const mounts = this.privateDirs.map((dir) => [this.privateDirSource(dir), dir] as const);
    const { daemon, pid } = await this.network.net.startHolder(ns, mounts, this.plan.name);
    this.holder = daemon;
    this.holderPid = pid;
  }

  /** Runs a program inside the host's namespaces (or directly in the loopback fallback). */
  private inside(argv: readonly string[]): [string, string[]] {
    if (!this.namespaced) return [argv[0], argv.slice(1)];
    return ['nsenter', ['-t', String(this.holderPid), '-m', '-n', ...argv]];
  }

  private async startSshd(): Promise<void> {
    const config = join(this.dir, 'sshd_config');
    const listen = this.namespaced
      ? this.plan.links.flatMap((link) => [`ListenAddress ${link.ip}:22`, ...(link.ip6 ? [`ListenAddress [${link.ip6}]:22`] : [])])
      : [`ListenAddress 127.0.0.1:${this.port}`];
    await writeFile(
      config,
      [
        ...listen,
        ...HOST_KEY_TYPES.map((type) => `HostKey ${join(this.dir, `ssh_host_${type}_key`)}`),
        `PidFile ${join(this.dir, 'sshd.pid')}`,
        `AuthorizedKeysFile ${join(this.dir, 'authorized_keys')}`,
        'PermitRootLogin prohibit-password',
        'PubkeyAuthentication yes',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        // No PAM: containers often lack a working PAM session stack, and keys are all we need.
        'UsePAM no',
        // The test folders live under /tmp, whose permissions StrictModes would refuse.
        'StrictModes no',
        `AllowTcpForwarding ${this.plan.role === 'jump' ? 'yes' : 'no'}`,
        'X11Forwarding no',
        'PrintMotd no',
        this.network.options.freezableSftp
          ? `Subsystem sftp ${process.execPath} ${SFTP_GATE} ${join(this.dir, 'freeze-sftp')} ${join(this.dir, 'frozen-sftp.pid')}`
          : 'Subsystem sftp internal-sftp',
        'LogLevel VERBOSE',
        '',
      ].join('\n'),
    );
    if (this.network.options.banner !== undefined) {
      await writeFile(join(this.dir, 'banner'), this.network.options.banner);
      await appendFile(config, `Banner ${join(this.dir, 'banner')}\n`);
    }
    const [command, args] = this.inside(['/usr/sbin/sshd', '-D', '-e', '-f', config]);
    this.sshd = new Daemon(command, args, join(this.dir, 'sshd.log'));
    await waitFor(
      () => {
        if (this.sshd!.exited) throw new Error(`sshd exited: ${this.sshd!.text}`);
        return SSH_LISTENING.test(this.sshd!.text);
      },
      { timeoutMs: 10_000, what: `sshd on ${this.plan.name}` },
    );
  }

  get certPath(): string {
    return `${this.acmeDir}/${this.certName}/fullchain.pem`;
  }

  get keyPath(): string {
    return `${this.acmeDir}/${this.certName}/privkey.pem`;
  }

  private async startNginx(): Promise<void> {
    await this.writeSelfSignedCertificate();
    const conf = join(this.dir, 'nginx.conf');
    const temp = join(this.dir, 'nginx-temp');
    await mkdir(temp, { recursive: true });
    const address = this.namespaced ? `${this.ip}:443` : `127.0.0.1:${this.tlsPort}`;
    await writeFile(
      conf,
      [
        // In the foreground nginx is our child: we see it exit and reap it ourselves.
        'daemon off;',
        'worker_processes 1;',
        `pid ${join(this.dir, 'nginx.pid')};`,
        `error_log ${join(this.dir, 'nginx-error.log')} info;`,
        'events { worker_connections 64; }',
        'http {',
        `  log_format brief '$status "$request" "$http_user_agent"';`,
        `  access_log ${join(this.dir, 'nginx-access.log')} brief;`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(temp, kind)};`),
        '  server {',
        `    listen ${address} ssl;`,
        ...(this.ip6 ? [`    listen [${this.ip6}]:443 ssl;`] : []),
        '    server_name _;',
        `    ssl_certificate ${this.certPath};`,
        `    ssl_certificate_key ${this.keyPath};`,
        `    location / { return 200 "${this.plan.name}\\n"; }`,
        '  }',
        ...this.httpServer(),
        '}',
        '',
      ].join('\n'),
    );
    this.nginxConf = conf;
    const [command, args] = this.inside(['nginx', '-e', join(this.dir, 'nginx-error.log'), '-c', conf]);
    this.nginx = new Daemon(command, args, join(this.dir, 'nginx.log'));
    // nginx writes its pid file only after it has bound the listening sockets.
    await waitFor(
      () => {
        if (this.nginx!.exited) throw new Error(`nginx exited: ${this.nginx!.text}${safeRead(join(this.dir, 'nginx-error.log'))}`);
        return existsSync(join(this.dir, 'nginx.pid'));
      },
      { timeoutMs: 10_000, what: `nginx on ${this.plan.name}` },
    );
  }

  /** The port-80 server: a site that serves HTTP-01 tokens from the webroot, or one that redirects everything. */
  private httpServer(): string[] {
    const webroot = this.network.options.httpWebroot;
    if (!webroot || !this.namespaced) return [];
    const redirect = this.network.options.redirectHttp?.includes(this.plan.name);
    return [
      '  server {',
      `    listen ${this.ip}:80;`,
      '    server_name _;',
      ...(redirect
        ? []
        : [`    location ^~ /.well-known/acme-challenge/ { root ${webroot}; default_type text/plain; }`]),
      redirect ? '    location / { return 301 https://$host$request_uri; }' : `    location / { return 200 "${this.plan.name}\\n"; }`,
      '  }',
    ];
  }

  private async writeSelfSignedCertificate(): Promise<void> {
    const work = join(this.dir, 'initial-cert');
    await mkdir(work, { recursive: true });
    const san = this.namespaced ? `DNS:${this.certName},IP:${this.ip}` : `DNS:${this.certName}`;
    await run('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '30',
      '-subj', `/CN=${this.plan.name} initial ${this.certName}`, '-addext', `subjectAltName=${san}`,
      '-keyout', join(work, 'privkey.pem'), '-out', join(work, 'fullchain.pem'),
    ]);
    await this.writeFile(this.keyPath, await readFile(join(work, 'privkey.pem')), 0o600);
    await this.writeFile(this.certPath, await readFile(join(work, 'fullchain.pem')), 0o644);
  }

  get reloadCommand(): string | undefined {
    return this.nginxConf ? `nginx -c ${this.nginxConf} -t -q && nginx -c ${this.nginxConf} -s reload` : undefined;
  }

  /** The names OpenSSH looks this host up by: its IPv4 address, and its IPv6 address if any. */
  knownHostsNames(): string[] {
    const addresses = [this.ip, ...(this.ip6 ? [this.ip6] : [])];
    return addresses.map((address) => (this.port === 22 ? address : `[${address}]:${this.port}`));
  }

  knownHostsLine(type: HostKeyType = 'ed25519', hostName = this.knownHostsNames().join(',')): string {
    const [keyType, key] = this.hostKeyLines[type].split(/\s+/);
    return `${hostName} ${keyType} ${key}`;
  }

  get knownHostsLines(): string[] {
    return HOST_KEY_TYPES.map((type) => this.knownHostsLine(type));
  }

  async exec(command: string, options: { input?: string | Buffer; timeoutMs?: number } = {}): Promise<ExecResult> {
    const [program, args] = this.inside(['sh', '-c', command]);
    return run(program, args, { ...options, check: false });
  }

  async writeFile(path: string, data: string | Buffer, mode?: number): Promise<void> {
    const local = this.localPath(path);
    await mkdir(dirname(local), { recursive: true, mode: 0o755 });
    await writeFile(local, data, mode === undefined ? {} : { mode });
    if (mode !== undefined) await chmod(local, mode);
  }

  async stat(path: string): Promise<FileStat> {
    const info = await stat(this.localPath(path));
    return { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid, size: info.size };
  }

  async servedCertificatePem(sni = this.certName): Promise<string> {
    if (!this.plan.reachable) return this.servedCertificateFromInside(sni);
    const socket = tlsConnect({
      host: this.ip,
      port: this.tlsPort,
      // Node refuses an IP address as SNI (RFC 6066), and the server would ignore it anyway.
      ...(/^[\d.]+$|:/.test(sni) ? {} : { servername: sni }),
      rejectUnauthorized: false,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('secureConnect', resolve);
        socket.once('error', reject);
        socket.setTimeout(10_000, () => reject(new Error(`TLS to ${this.ip}:${this.tlsPort} timed out`)));
      });
      return new X509Certificate(socket.getPeerCertificate().raw).toString();
    } finally {
      socket.destroy();
    }
  }

  /** Hosts the test process cannot reach are checked from inside themselves. */
  private async servedCertificateFromInside(sni: string): Promise<string> {
    const result = await this.exec(
      `openssl s_client -connect ${shellQuote(`${this.ip}:${this.tlsPort}`)} -servername ${shellQuote(sni)} </dev/null 2>/dev/null`,
    );
    const pem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(result.stdout)?.[0];
    if (!pem) throw new Error(`no certificate from ${this.plan.name}: ${result.stderr}`);
    return new X509Certificate(pem).toString();
  }

  async nginxReload(): Promise<void> {
    if (!this.nginxConf) throw new Error(`${this.plan.name} runs no nginx`);
    const master = Number(safeRead(join(this.dir, 'nginx.pid')).trim());
    const before = workersOf(master);
    const result = await this.exec(`nginx -c ${shellQuote(this.nginxConf)} -s reload`);
    if (result.code !== 0) throw new Error(`nginx reload on ${this.plan.name} failed: ${result.stderr}`);
    if (before === undefined) return;
    await waitFor(
      () => {
        const now = workersOf(master) ?? [];
        return now.length > 0 && !now.some((pid) => before.includes(pid));
      },
      { timeoutMs: 10_000, what: `nginx reload on ${this.plan.name}` },
    );
  }

  async authorize(publicKey: string): Promise<void> {
    await appendFile(join(this.dir, 'authorized_keys'), `${publicKey.trim()}\n`);
  }

  logs(): string {
    const nginx = safeRead(join(this.dir, 'nginx-error.log'));
    return `--- ${this.plan.name} sshd ---\n${this.sshd?.text ?? ''}\n--- ${this.plan.name} nginx ---\n${nginx}`;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.all([this.nginx?.stop(), this.sshd?.stop()]);
    await this.holder?.stop();
    // Anything a test left running inside the host (a stray reload, a session) dies with it.
    if (this.ns) this.network.net.removeNamespace(this.ns);
  }

  killSync(): void {
    const pids = [
      this.nginx?.child.pid,
      this.sshd?.child.pid,
      this.holder?.child.pid,
    ];
    for (const pid of pids) {
      if (pid && pid > 1) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  }

  api(): TestHost {
    const host = this;
    const hostKeys = Object.freeze(
      Object.fromEntries(HOST_KEY_TYPES.map((type) => [type, publicKeyBlob(this.hostKeyLines[type])])) as Record<HostKeyType, Buffer>,
    );
    return {
      name: this.plan.name,
      role: this.plan.role,
      ip: this.ip,
      ...(this.ip6 ? { ip6: this.ip6 } : {}),
      port: this.port,
      user: 'root',
      label: this.label,
      reachable: this.plan.reachable,
      tlsPort: this.tlsPort,
      acmeDir: this.acmeDir,
      certName: this.certName,
      certPath: this.certPath,
      keyPath: this.keyPath,
      ...(this.reloadCommand ? { reloadCommand: this.reloadCommand } : {}),
      ...(this.nginxConf ? { nginxConfPath: this.nginxConf } : {}),
      hostKeys,
      hostKeyPublic: hostKeys.ed25519,
      knownHostsLines: this.knownHostsLines,
      knownHostsLine: (type, hostName) => host.knownHostsLine(type, hostName),
      hashedKnownHostsLines: (hostName) =>
        (hostName === undefined ? host.knownHostsNames() : [hostName]).flatMap((name) =>
          HOST_KEY_TYPES.map((type) => host.knownHostsLine(type, hashKnownHostsName(name))),
        ),
      exec: (command, options) => host.exec(command, options),
      readFile: (path) => readFile(host.localPath(path)),
      writeFile: (path, data, mode) => host.writeFile(path, data, mode),
      exists: async (path) => existsSync(host.localPath(path)),
      stat: (path) => host.stat(path),
      servedCertificatePem: (sni) => host.servedCertificatePem(sni),
      servesSerial: async (serial, sni) => {
        let served: X509Certificate | undefined;
        await waitFor(
          async () => {
            served = new X509Certificate(await host.servedCertificatePem(sni));
            return served.serialNumber.toUpperCase() === serial.toUpperCase();
          },
          { timeoutMs: 10_000, what: `${host.plan.name} to serve serial ${serial}` },
        );
        return served!;
      },
      nginxReload: () => host.nginxReload(),
      authorize: (publicKey) => host.authorize(publicKey),
      freezeSftpOnNextWrite: async () => {
        rmSync(join(host.dir, 'frozen-sftp.pid'), { force: true });
        await writeFile(join(host.dir, 'freeze-sftp'), '');
      },
      frozenSftpPid: () => {
        const pid = safeRead(join(host.dir, 'frozen-sftp.pid')).trim();
        return pid ? Number(pid) : undefined;
      },
      logs: () => host.logs(),
      sshLogins: () => (host.sshd?.text.match(/Accepted publickey/g) ?? []).length,
      accessLog: () => safeRead(join(host.dir, 'nginx-access.log')),
      localPath: (path) => host.localPath(path),
      stop: () => host.stop(),
    };
  }
}

/** Worker pids of an nginx master, or undefined when the kernel does not list children. */
function workersOf(master: number): number[] | undefined {
  if (!(master > 1)) return undefined;
  const file = `/proc/${master}/task/${master}/children`;
  if (!existsSync(file)) return undefined;
  return safeRead(file).split(/\s+/).filter(Boolean).map(Number);
}
