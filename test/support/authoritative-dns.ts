// Real name servers for the DNS paths a runner takes: BIND (`named`) serving zones authoritatively,
// each server in its own network namespace on a private bridge with its own addresses, accepting
// RFC 2136 updates signed with a TSIG key; and a recursive resolver in front of them that a process
// can use as its system resolver (resolv.conf) and pebble as its `-dnsserver`. The resolver knows
// the test zones through static-stub zones and serves an empty root, so no query leaves the bed.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanStaleRuns, Daemon, namespacesWork, pickFreeOctet, run, safeReaddir, taskState, TestNet } from './netns.js';
import { waitFor } from './ports.js';

export interface TsigKey {
  name: string;
  algorithm: 'hmac-sha256';
  /** Base64. */
  secret: string;
}

export interface NameServerSpec {
  /** Unique, [a-z0-9-]: names the server's namespace and folder. */
  name: string;
  /** How many IPv4 addresses the server listens on; 1 unless told. */
  addressCount?: number;
}

export interface ZoneSpec {
  name: string;
  /** Zone file lines after the SOA record: NS records (required), A, CNAME, TXT... */
  records: string[];
  /** The servers (by name) that serve this zone; all unless told. */
  servers?: string[];
}

export interface AuthoritativeDnsOptions {
  servers: NameServerSpec[];
  /** The zones, made once every server's addresses are known (server name → addresses). */
  zones(addresses: Readonly<Record<string, string[]>>): ZoneSpec[];
  /** Accept RFC 2136 updates signed with this TSIG key, or a fresh one (default); false: none. */
  updates?: boolean | TsigKey;
  /**
   * Start a recursive resolver (default true). `stubs` picks the addresses it asks for a zone
   * (given every server's addresses); default: every address of every server serving it.
   */
  resolver?: boolean | { stubs(zone: string, addresses: Readonly<Record<string, string[]>>): string[] };
}

export interface NameServer {
  name: string;
  addresses: string[];
  /**
   * Sets the TXT record set of `fqdn` to `values` (none: deletes it) by an RFC 2136 update. With
   * `lagMs` set, the update reaches the server that much later (in order) and this resolves at once,
   * as with a provider whose secondaries catch up late.
   */
  setTxt(fqdn: string, values: readonly string[], ttl?: number): Promise<void>;
  lagMs: number;
  /** Stops the server (SIGSTOP): queries reach it and are never answered, as with a hung server. */
  pause(): Promise<void>;
  resume(): void;
  logs(): string;
}

export interface AuthoritativeDns {
  servers: readonly NameServer[];
  server(name: string): NameServer;
  tsig?: TsigKey;
  /** The recursive resolver's address (port 53). */
  resolverAddress?: string;
  /** A resolv.conf naming the resolver, for a process that should use it as its system resolver. */
  resolvConfPath?: string;
  stop(): Promise<void>;
}

const READY = /running$/m;

export async function startAuthoritativeDns(options: AuthoritativeDnsOptions): Promise<AuthoritativeDns> {
  if (!namespacesWork()) throw new Error('startAuthoritativeDns: needs network namespaces (root and `ip netns add`)');
  cleanStaleRuns();
  const daemons: Daemon[] = [];
  const net = new TestNet('dns', () => daemons.forEach((daemon) => daemon.child.kill('SIGKILL')));
  const stop = async () => {
    // A paused server would not see SIGTERM.
    daemons.forEach((daemon) => daemon.child.kill('SIGCONT'));
    await net.stop(
      daemons.map((daemon) => () => daemon.stop()),
      'stopping the name servers',
    );
  };
  try {
    const octet = pickFreeOctet(net.seq);
    const bridge = net.linkName('b', 'd');
    await net.addBridge(bridge, `198.18.${octet}.1/24`);
    let next = 11;
    const addresses: Record<string, string[]> = {};
    for (const spec of options.servers) {
      addresses[spec.name] = Array.from({ length: spec.addressCount ?? 1 }, () => `198.18.${octet}.${next++}`);
    }
    const zones = options.zones(addresses);
    const tsig: TsigKey | undefined =
      typeof options.updates === 'object'
        ? options.updates
        : options.updates === false
          ? undefined
          : { name: 'acme-test', algorithm: 'hmac-sha256', secret: randomBytes(32).toString('base64') };

    const servers = await Promise.all(
      options.servers.map(async (spec, index) => {
        const served = zones.filter((zone) => !zone.servers || zone.servers.includes(spec.name));
        const link = { bridge, tag: index.toString(36) };
        const daemon = await startNamed(net, link, spec.name, addresses[spec.name], authoritativeConfig(served, tsig));
        daemons.push(daemon);
        return nameServer(spec.name, addresses[spec.name], served, daemon, tsig);
      }),
    );

    let resolver: { address: string; resolvConfPath: string } | undefined;
    if (options.resolver !== false) {
      const stubs = (zone: ZoneSpec) =>
        typeof options.resolver === 'object'
          ? options.resolver.stubs(zone.name, addresses)
          : servers.filter((server) => !zone.servers || zone.servers.includes(server.name)).flatMap((server) => server.addresses);
      const address = `198.18.${octet}.${next++}`;
      daemons.push(await startNamed(net, { bridge, tag: 'r' }, 'resolver', [address], resolverConfig(zones, stubs)));
      const resolvConfPath = join(net.dir, 'resolv.conf');
      await writeFile(resolvConfPath, `nameserver ${address}\noptions timeout:2 attempts:2\n`);
      resolver = { address, resolvConfPath };
    }

    return {
      servers,
      server: (name) => {
        const found = servers.find((server) => server.name === name);
        if (!found) throw new Error(`no name server ${name}`);
        return found;
      },
      ...(tsig ? { tsig } : {}),
      ...(resolver ? { resolverAddress: resolver.address, resolvConfPath: resolver.resolvConfPath } : {}),
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** Runs `named` in a namespace of its own holding `ips`, with the files `config` makes for its folder. */
async function startNamed(
  net: TestNet,
  link: { bridge: string; tag: string },
  name: string,
  ips: string[],
  config: (dir: string) => Map<string, string>,
): Promise<Daemon> {
  const ns = net.namespaceName(`dns-${name}`);
  await net.addNamespace(ns, [{ bridge: link.bridge, ip: ips[0], moreIps: ips.slice(1) }], link.tag);
  const dir = join(net.dir, name);
  await mkdir(dir, { recursive: true });
  const files = config(dir);
  for (const [file, text] of files) await writeFile(join(dir, file), text.replaceAll('{{LISTEN}}', ips.map((ip) => `${ip};`).join(' ')));
  const daemon = new Daemon('ip', ['netns', 'exec', ns, 'named', '-g', '-4', '-n', '1', '-c', join(dir, 'named.conf')], join(dir, 'named.log'));
  await waitFor(
    () => {
      if (daemon.exited) throw new Error(`named ${name} exited:\n${daemon.text}`);
      return READY.test(daemon.text);
    },
    { timeoutMs: 20_000, what: `named ${name}` },
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${daemon.text}`, { cause: error });
  });
  return daemon;
}

function commonOptions(dir: string): string[] {
  return [
    `  directory "${dir}";`,
    `  pid-file "${dir}/named.pid";`,
    `  session-keyfile "${dir}/session.key";`,
    `  managed-keys-directory "${dir}";`,
    '  listen-on port 53 { {{LISTEN}} };',
    '  listen-on-v6 { none; };',
    '  allow-query { any; };',
    '  dnssec-validation no;',
    '  notify no;',
  ];
}

function authoritativeConfig(zones: ZoneSpec[], tsig: TsigKey | undefined): (dir: string) => Map<string, string> {
  return (dir) => {
    const files = new Map<string, string>();
    const conf = ['options {', ...commonOptions(dir), '  recursion no;', '};', 'controls { };'];
    if (tsig) conf.push(`key "${tsig.name}" { algorithm ${tsig.algorithm}; secret "${tsig.secret}"; };`);
    for (const zone of zones) {
      const file = `${zone.name}.zone`;
      const update = tsig ? ` allow-update { key "${tsig.name}"; };` : '';
      conf.push(`zone "${zone.name}" { type primary; file "${join(dir, file)}";${update} };`);
      files.set(file, zoneFile(zone.name, zone.records));
    }
    files.set('named.conf', `${conf.join('\n')}\n`);
    return files;
  };
}

function resolverConfig(zones: ZoneSpec[], stubs: (zone: ZoneSpec) => string[]): (dir: string) => Map<string, string> {
  return (dir) => {
    const conf = [
      'options {',
      ...commonOptions(dir),
      '  recursion yes;',
      '  allow-recursion { any; };',
      // Tests change TXT records between runs: nothing may be answered from an old cache.
      '  max-cache-ttl 1;',
      '  max-ncache-ttl 1;',
      '};',
      'controls { };',
      // An empty root of its own: names outside the test zones end here instead of going out.
      `zone "." { type primary; file "${join(dir, 'root.zone')}"; };`,
      ...zones.map((zone) => `zone "${zone.name}" { type static-stub; server-addresses { ${stubs(zone).map((ip) => `${ip};`).join(' ')} }; };`),
    ];
    return new Map([
      ['named.conf', `${conf.join('\n')}\n`],
      ['root.zone', zoneFile('.', ['@ NS localhost.', 'localhost. A 127.0.0.1'])],
    ]);
  };
}

function zoneFile(origin: string, records: string[]): string {
  const apex = origin === '.' ? '.' : `${origin}.`;
  // Negative answers are cached for 1 s at most (the SOA minimum), so a record added later shows soon.
  return [`$ORIGIN ${apex}`, '$TTL 60', '@ IN SOA ns.invalid. hostmaster.invalid. 1 60 60 3600 1', ...records, ''].join('\n');
}

function nameServer(name: string, addresses: string[], zones: ZoneSpec[], daemon: Daemon, tsig: TsigKey | undefined): NameServer {
  let updates = Promise.resolve();
  // An update applied late has nobody to report to but the server's log.
  const problems: string[] = [];
  const update = async (fqdn: string, values: readonly string[], ttl: number) => {
    if (!tsig) throw new Error(`name server ${name} takes no updates`);
    const bare = fqdn.replace(/\.$/, '').toLowerCase();
    const zone = zones
      .map((candidate) => candidate.name)
      .filter((candidate) => bare === candidate || bare.endsWith(`.${candidate}`))
      .sort((a, b) => b.length - a.length)[0];
    if (!zone) throw new Error(`name server ${name} serves no zone of ${fqdn}`);
    const script = [
      `server ${addresses[0]} 53`,
      `zone ${zone}.`,
      `update delete ${bare}. TXT`,
      ...values.map((value) => `update add ${bare}. ${ttl} TXT "${value.replace(/["\\]/g, '\\$&')}"`),
      'send',
      '',
    ].join('\n');
    const result = await run('nsupdate', ['-y', `${tsig.algorithm}:${tsig.name}:${tsig.secret}`], { input: script, check: false });
    if (result.code !== 0) throw new Error(`nsupdate on ${name} failed: ${result.stderr || result.stdout}`);
  };
  const server: NameServer = {
    name,
    addresses,
    lagMs: 0,
    setTxt(fqdn, values, ttl = 600) {
      const due = Date.now() + server.lagMs;
      const applied = updates.then(async () => {
        await sleep(Math.max(0, due - Date.now()));
        await update(fqdn, values, ttl);
      });
      updates = applied.catch((error: Error) => {
        problems.push(error.message);
      });
      return server.lagMs > 0 ? Promise.resolve() : applied;
    },
    pause: async () => {
      daemon.child.kill('SIGSTOP');
      // Each thread stops when it is next scheduled: until all have, one may still answer a query.
      await waitFor(() => allThreadsStopped(daemon.child.pid), { timeoutMs: 5_000, what: `named ${name} to stop` });
    },
    resume: () => daemon.child.kill('SIGCONT'),
    logs: () => [daemon.text, ...problems].join('\n'),
  };
  return server;
}

function allThreadsStopped(pid: number | undefined): boolean {
  const tasks = safeReaddir(`/proc/${pid}/task`);
  return tasks.length > 0 && tasks.every((task) => /^[Tt]$/.test(taskState(`/proc/${pid}/task/${task}`)));
}
