// `npm run bench`: speed and memory figures of the built action, printed, not judged. Runs the bundle
// as a runner would (whole processes) against the local CA (pebble without validation sleep),
// challtestsrv, the AliDNS double, the cache service double and sshd + nginx test hosts; each figure
// is the median of 3 runs, with every run's peak RSS. `--quick` (or BENCH_QUICK=1) skips the slow
// rows (50 and 100 names, 20 hosts, lego); `--rows=a,b` picks rows by id.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { startFullFixture, type FullFixture } from '../test/e2e/full-fixture.js';
import { runLego } from '../test/support/lego.js';
import type { TestHost, TestNetwork } from '../test/support/ssh-host.js';
import { startTcpProxy } from '../test/support/tcp-proxy.js';
import { distEntry, repoRoot, type ActionRun } from '../test/support/run-action.js';
import { providerBundleSizes } from './bundle-sizes.js';

const RUNS = 3;
const PUBLISH_DELAY_MS = 3000;
/** Round trip to the far host: about what a runner abroad sees to a server in mainland China is 150 to 250 ms. */
const FAR_MS = 200;
const ROWS = {
  startup: 'start-up to first log line (no inputs)',
  issue: 'issue 1 name, apex + wildcard, 10 names (and lego 4.9.1)',
  fifty: 'issue 50 names',
  delay: 'DNS API that makes records visible after 3 s',
  deploy: 'deploy (always) to 1, 3 and 20 hosts, to 1 host far away, and OpenSSH logins to 1 and 20',
  noop: 'no-op run (certificate valid, 3 hosts in sync)',
  rss: 'peak RSS, 50 names × 3 hosts and 100 names × 20 hosts',
  lego: 'lego 4.9.1 on the same bed: apex + wildcard, 10 names',
} as const;
type RowId = keyof typeof ROWS;
const SLOW: RowId[] = ['fifty', 'rss', 'lego'];

const quick = process.argv.includes('--quick') || Boolean(process.env.BENCH_QUICK);
const picked = process.argv.find((arg) => arg.startsWith('--rows='))?.slice('--rows='.length).split(',');
const wanted = (id: RowId) => (picked ? picked.includes(id) : !(quick && SLOW.includes(id)));

const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
const rssFile = join(scratch, 'rss');
// The action runs in a runner's environment: no NODE_EXTRA_CA_CERTS, which a developer machine may
// set and which has Node parse that bundle at every start (tens of milliseconds per process).
const rssEnv = { NODE_OPTIONS: `--import ${join(repoRoot, 'scripts', 'bench-rss.mjs')}`, BENCH_RSS_FILE: rssFile, NODE_EXTRA_CA_CERTS: undefined };

interface Sample {
  ms: number;
  rssMiB?: number;
  /** The action process's own CPU time, user + system, and of that the system's (the kernel's). */
  cpuMs?: number;
  systemMs?: number;
  /** CPU time of the whole machine while the run lasted: the action, the CA, the test hosts. */
  machineMs: number;
  /** Of that, the test hosts' sshd and nginx, with every process they started and reaped. */
  hostsMs: number;
}
const figures = new Map<string, Sample[]>();
const lines: string[] = [];

/** What the action process reported at exit through bench-rss.mjs; nothing for a process that is not the action (lego). */
function usage(): Pick<Sample, 'rssMiB' | 'cpuMs' | 'systemMs'> {
  const [rss, user, system] = readFileSync(rssFile, { encoding: 'utf8', flag: 'a+' }).split(' ').map(Number);
  return rss ? { rssMiB: rss / 1024, cpuMs: user + system, systemMs: system } : {};
}

/** Busy CPU time of every core so far, from /proc/stat (in USER_HZ ticks, 100 a second). */
function machineBusyMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return (user + nice + system + irq + softirq + steal) * 10;
}

/**
 * CPU time of every sshd and nginx process so far (the test hosts'), with their reaped children: a
 * login's sshd, its shell and the reload end as children of the host's listening sshd.
 */
function hostsBusyMs(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (!/^(sshd|nginx)/.test(name)) continue;
    // After the name: state is field 3, utime, stime, cutime and cstime fields 14 to 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0);
  }
  return ticks * 10;
}

function usageText(samples: readonly Sample[]): string {
  const hosts = median(samples.map((sample) => sample.hostsMs));
  const machine = `machine CPU ${seconds(median(samples.map((sample) => sample.machineMs)))}${hosts > 0 ? ` (test hosts ${seconds(hosts)})` : ''}`;
  if (!samples.every((sample) => sample.rssMiB !== undefined)) return `  ${machine}`;
  const system = median(samples.map((sample) => sample.systemMs ?? 0));
  return `  peak RSS ${samples.map((sample) => sample.rssMiB!.toFixed(0)).join('/')} MiB, action CPU ${seconds(cpu(samples))} (kernel ${seconds(system)}), ${machine}`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const wall = (name: string) => median(figures.get(name)!.map((sample) => sample.ms));
const cpu = (samples: readonly Sample[]) => median(samples.map((sample) => sample.cpuMs ?? 0));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function print(name: string, text: string): void {
  const line = `${name.padEnd(52)} ${text}`;
  lines.push(line);
  console.log(line);
}

/** Runs `once` RUNS times; the figure is the median wall time, with each run's peak RSS. */
async function measure(name: string, once: () => Promise<ActionRun | { exitCode: number; log?: string; output?: string }>, expectExit = 0): Promise<void> {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(rssFile, { force: true });
    const busy = machineBusyMs();
    const hostsBusy = hostsBusyMs();
    const started = performance.now();
    const result = await once();
    const ms = performance.now() - started;
    const machineMs = machineBusyMs() - busy;
    const hostsMs = hostsBusyMs() - hostsBusy;
    if (result.exitCode !== expectExit) {
      throw new Error(`${name}: exit ${result.exitCode}\n${'log' in result ? result.log : result.output}`);
    }
    samples.push({ ms, machineMs, hostsMs, ...usage() });
  }
  figures.set(name, samples);
  print(name, `${seconds(wall(name)).padStart(8)}${usageText(samples)}`);
}

const names = (count: number) => ['example.com', ...Array.from({ length: count - 1 }, (_, i) => `n${i + 1}.example.com`)].join(', ');

/** Time from spawning the bundle until it prints its first line, with no inputs at all. */
function firstLine(): Promise<{ exitCode: number; ms: number; log: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    let ms: number | undefined;
    let log = '';
    const env = Object.fromEntries(
      Object.entries({ ...process.env, ...rssEnv }).filter(([key, value]) => value !== undefined && !/^(INPUT_|GITHUB_|RUNNER_)/.test(key)),
    );
    const child = spawn(process.execPath, [distEntry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const first = (chunk: Buffer) => {
      ms ??= performance.now() - started;
      log += chunk;
    };
    child.stdout.on('data', first);
    child.stderr.on('data', first);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, ms: ms ?? performance.now() - started, log }));
  });
}

/** The action's files: dist/ without the CLI, which a runner never loads. */
function actionFiles(): string[] {
  const dist = join(repoRoot, 'dist');
  const chunks = join(dist, 'chunks');
  return [
    ...readdirSync(dist).filter((name) => name.endsWith('.js') && name !== 'cli.js').map((name) => join(dist, name)),
    ...readdirSync(chunks).map((name) => join(chunks, name)),
  ];
}

/** The entry and every chunk it imports statically: what a run parses before its first line. */
function loadedAtStart(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  for (const [, chunk] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"\.\/((?:chunks\/)?[\w-]+\.js)"/g)) {
    const path = join(dirname(file), chunk);
    if (!seen.has(path)) loadedAtStart(path, seen);
  }
  return seen;
}

const mib = (files: Iterable<string>) => `${([...files].reduce((sum, file) => sum + statSync(file).size, 0) / 1024 / 1024).toFixed(2)} MiB`;

/**
 * What this machine allows the 20-host row before any deployment: OpenSSH's own client logging in
 * to 1 host, then to 20 at once, and running `true`. Their sshd share the two cores with the client.
 */
async function sshLogins(network: TestNetwork): Promise<void> {
  const dir = mkdtempSync(join(scratch, 'ssh-'));
  const key = join(dir, 'key');
  writeFileSync(key, network.clientKey, { mode: 0o600 });
  writeFileSync(join(dir, 'known_hosts'), network.knownHosts);
  const options = ['-F', 'none', '-i', key, '-o', `UserKnownHostsFile=${join(dir, 'known_hosts')}`, '-o', 'BatchMode=yes'];
  const login = (host: TestHost) =>
    new Promise<{ exitCode: number; output: string }>((resolve) => {
      const child = spawn('ssh', [...options, '-p', String(host.port), `${host.user}@${host.ip}`, 'true'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk));
      child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
    });
  const logins = (count: number) => async () => {
    const results = await Promise.all(network.hosts.slice(0, count).map(login));
    return results.find((result) => result.exitCode !== 0) ?? { exitCode: 0 };
  };
  await measure('OpenSSH logins (ssh host true), 1 host', logins(1));
  await measure('OpenSSH logins, 20 hosts at once', logins(20));
  print('  20 vs 1 (the same hosts, nothing deployed)', `${(wall('OpenSSH logins, 20 hosts at once') / wall('OpenSSH logins (ssh host true), 1 host')).toFixed(2)} ×`);
}

/** A deployment to a host FAR_MS away: its round trips, not CPU, are most of the time. */
async function farHost(fixture: FullFixture): Promise<void> {
  const [host] = fixture.network.hosts;
  const ssh = await startTcpProxy({ host: host.ip, port: host.port }, { delayMs: FAR_MS / 2 });
  const tls = await startTcpProxy({ host: host.ip, port: host.tlsPort }, { delayMs: FAR_MS / 2 });
  try {
    const hosts = stringify([{ host: '127.0.0.1', port: ssh.port, user: host.user, 'reload-command': host.reloadCommand, 'verify-port': tls.port }]);
    const knownHosts = host.knownHostsLine(undefined, `[127.0.0.1]:${ssh.port}`);
    for (const deploy of ['always', 'changed']) {
      const before = ssh.roundTrips();
      await measure(`deploy (${deploy}) to 1 host ${FAR_MS} ms away${deploy === 'changed' ? ', in sync' : ''}`, () =>
        fixture.run({ hosts, 'ssh-known-hosts': knownHosts, deploy, cache: 'false' }, rssEnv),
      );
      print('  SSH round trips per run', `${(ssh.roundTrips() - before) / RUNS} (with the look at the deployed certificate)`);
    }
  } finally {
    await Promise.all([ssh.stop(), tls.stop()]);
  }
}

async function withFixture(hosts: number, body: (fixture: FullFixture) => Promise<void>, publishDelayMs?: number): Promise<void> {
  const fixture = await startFullFixture(hosts, {}, { dnsPublishDelayMs: publishDelayMs });
  try {
    await body(fixture);
  } finally {
    await fixture.stop();
  }
}

/** A fresh account and state folder each run, no cache and no hosts: issuance alone. */
const issue = (fixture: FullFixture, domains: string, extra: Record<string, string> = {}) => () =>
  fixture.run({ domains, path: fixture.core.newStatePath(), cache: 'false', hosts: '', ...extra }, rssEnv);

async function lego(fixture: FullFixture, name: string, domains: string[]): Promise<void> {
  await measure(name, () => runLego({ pebble: fixture.core.pebble, path: fixture.core.newStatePath(), email: 'ops@example.com', domains, command: 'run' }));
}

try {
  console.log(`node ${process.version}, ${RUNS} runs per figure (median), ${quick ? 'quick' : 'all'} rows`);
  if (wanted('startup')) {
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      const busy = machineBusyMs();
      const run = await firstLine();
      if (run.exitCode !== 1) throw new Error(`start-up: exit ${run.exitCode}\n${run.log}`);
      samples.push({ ms: run.ms, machineMs: machineBusyMs() - busy, hostsMs: 0, ...usage() });
    }
    figures.set(ROWS.startup, samples);
    print(ROWS.startup, `${seconds(wall(ROWS.startup)).padStart(8)}${usageText(samples)}`);
    print('bundle (dist/ without cli.js)', `${mib(actionFiles())}, loaded at start ${mib(loadedAtStart(distEntry))}`);
    for (const { provider, bytes, shared } of providerBundleSizes(join(repoRoot, 'dist'))) {
      const sharedText = shared ? ` (${(shared / 1024).toFixed(0)} KiB of it shared with another provider)` : '';
      print(`  dns ${provider}`, `${(bytes / 1024).toFixed(0)} KiB loaded when selected${sharedText}`);
    }
  }

  if (wanted('issue') || wanted('fifty') || wanted('lego') || wanted('delay')) {
    await withFixture(1, async (fixture) => {
      await measure('issue 1 name', issue(fixture, 'example.com'));
      const unit = wall('issue 1 name');
      const beyond = (name: string) => `${seconds(wall(name) - unit)} beyond 1 name (${(wall(name) / unit).toFixed(2)} × 1 name)`;
      if (wanted('issue')) {
        await measure('issue apex + wildcard', issue(fixture, 'example.com, *.example.com'));
        print('  apex + wildcard vs 1 name (goal ≤ +0.3 s)', beyond('issue apex + wildcard'));
        await measure('issue 10 names', issue(fixture, names(10)));
        print('  10 names vs 1 name (goal ≤ +0.5 s)', beyond('issue 10 names'));
      }
      if (wanted('fifty')) {
        await measure('issue 50 names', issue(fixture, names(50)));
        print('  50 names vs 1 name (goal ≤ 2 ×)', beyond('issue 50 names'));
      }
      if (wanted('lego')) {
        await lego(fixture, 'lego: apex + wildcard', ['example.com', '*.example.com']);
        if (figures.has('issue apex + wildcard')) print('  lego vs action', `${(wall('lego: apex + wildcard') / wall('issue apex + wildcard')).toFixed(1)} ×`);
        await lego(fixture, 'lego: 10 names', names(10).split(', '));
        if (figures.has('issue 10 names')) print('  lego vs action', `${(wall('lego: 10 names') / wall('issue 10 names')).toFixed(1)} ×`);
      }
    });
  }

  if (wanted('delay')) {
    await withFixture(1, async (fixture) => {
      await measure(`issue 1 name, records visible ${PUBLISH_DELAY_MS / 1000} s after the API call`, issue(fixture, 'example.com'));
      const ms = wall(`issue 1 name, records visible ${PUBLISH_DELAY_MS / 1000} s after the API call`);
      print('  beyond the delay (goal ≤ 0.5 s)', seconds(ms - PUBLISH_DELAY_MS));
      if (figures.has('issue 1 name')) print('  beyond 1 name + the delay', seconds(ms - PUBLISH_DELAY_MS - wall('issue 1 name')));
    }, PUBLISH_DELAY_MS);
  }

  if (wanted('deploy') || wanted('noop') || wanted('rss')) {
    const hostCount = wanted('rss') || !quick ? 20 : 3;
    await withFixture(hostCount, async (fixture) => {
      // One certificate, saved to the cache; the deploy rows then reuse the state on disk.
      const first = await fixture.run({ hosts: '' });
      if (first.exitCode !== 0) throw new Error(`first issue: ${first.log}`);
      const deploy = (count: number) => () =>
        fixture.run({ hosts: fixture.hostsInput(count), deploy: 'always', cache: 'false' }, rssEnv);
      if (wanted('deploy')) {
        await measure('deploy (always) to 1 host', deploy(1));
        await measure('deploy (always) to 3 hosts', deploy(3));
        print('  3 hosts vs 1 host', `${(wall('deploy (always) to 3 hosts') / wall('deploy (always) to 1 host')).toFixed(2)} ×`);
        await farHost(fixture);
        if (hostCount >= 20) {
          await measure('deploy (always) to 20 hosts', deploy(20));
          print('  20 hosts vs 1 host (goal ≤ 1.2 ×)', `${(wall('deploy (always) to 20 hosts') / wall('deploy (always) to 1 host')).toFixed(2)} ×`);
          // The 20 hosts' sshd and nginx run on this machine's two cores too, and the kernel carries
          // both ends of every connection: what each further host costs, and who pays it.
          const perHost = (of: (samples: readonly Sample[]) => number) => {
            const at = (count: number) => of(figures.get(`deploy (always) to ${count} host${count > 1 ? 's' : ''}`)!);
            return Math.round((at(20) - at(1)) / 19);
          };
          const user = (samples: readonly Sample[]) => median(samples.map((sample) => (sample.cpuMs ?? 0) - (sample.systemMs ?? 0)));
          const machine = (samples: readonly Sample[]) => median(samples.map((sample) => sample.machineMs));
          const hostsCpu = (samples: readonly Sample[]) => median(samples.map((sample) => sample.hostsMs));
          print(
            '  per further host',
            `action user CPU ${perHost(user)} ms, action CPU ${perHost(cpu)} ms, the host's sshd and nginx ${perHost(hostsCpu)} ms, machine CPU ${perHost(machine)} ms`,
          );
          // Were the action free, the hosts' own work would still have to fit on this machine's cores.
          const hostsAlone = wall('deploy (always) to 1 host') + (19 * perHost(hostsCpu)) / availableParallelism();
          print("  20 hosts' sshd and nginx alone, on every core", `≥ ${seconds(hostsAlone)} (${(hostsAlone / wall('deploy (always) to 1 host')).toFixed(2)} × 1 host)`);
          await sshLogins(fixture.network);
        }
      }
      if (wanted('noop')) {
        if (!wanted('deploy')) await deploy(3)();
        // A scheduled run on a new runner: state from the cache, certificate valid, hosts in sync.
        await measure(ROWS.noop, () => {
          fixture.freshRunner();
          return fixture.run({ hosts: fixture.hostsInput(3) }, rssEnv);
        });
      }
      if (wanted('rss')) {
        // A name of its own per run: the hosts hold the previous run's certificate, which a run for
        // the same names would adopt instead of ordering.
        let run = 0;
        const fresh = (count: number) => `${names(count - 1)}, run${++run}.example.com`;
        await measure('issue 50 names, deploy to 3 hosts', () =>
          fixture.run({ domains: fresh(50), path: fixture.core.newStatePath(), cache: 'false', hosts: fixture.hostsInput(3) }, rssEnv),
        );
        await measure('issue 100 names, deploy to 20 hosts', () =>
          fixture.run({ domains: fresh(100), path: fixture.core.newStatePath(), cache: 'false', hosts: fixture.hostsInput(20) }, rssEnv),
        );
      }
    });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
