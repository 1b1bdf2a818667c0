// Everything a complete run talks to, on this machine: pebble + challtestsrv, the AliDNS double, the
// Actions cache double and SSH hosts running real sshd + nginx. Shared by the lifecycle tests and
// `npm run demo`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { startCacheService, type CacheServiceDouble } from '../doubles/cache-service.js';
import { startSshHosts, type SshHostsOptions, type TestNetwork } from '../support/ssh-host.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { startCoreFixture, type CoreFixture, type CoreFixtureOptions } from './core-fixture.js';

export const STATE_PASSPHRASE = 'demo-passphrase-7Hq2vLx9';

export interface FullFixture {
  core: CoreFixture;
  cache: CacheServiceDouble;
  network: TestNetwork;
  /** The runner's folders, stable across runs as on a real runner. */
  runner: { temp: string; workspace: string; statePath: string };
  inputs(extra?: Record<string, string>): Record<string, string>;
  /** The `hosts` input naming the first `count` hosts (all by default). */
  hostsInput(count?: number): string;
  run(extra?: Record<string, string>, env?: Record<string, string | undefined>): Promise<ActionRun>;
  /** A new runner: same cache service, empty state folder and temp dir (the next scheduled run). */
  freshRunner(): void;
  stop(): Promise<void>;
}

export async function startFullFixture(
  hostCount: number,
  options: SshHostsOptions = {},
  coreOptions: CoreFixtureOptions = {},
): Promise<FullFixture> {
  const core = await startCoreFixture(coreOptions);
  const cache = await startCacheService();
  const network = await startSshHosts(hostCount, options);
  const scratch = mkdtempSync(join(tmpdir(), 'full-e2e-'));
  let runs = 0;
  // Same paths on every run, as on a hosted runner (the cache version hashes the archived path),
  // but emptied: a new run starts on a new machine.
  const runner = {
    temp: join(scratch, 'runner', 'temp'),
    workspace: join(scratch, 'runner', 'workspace'),
    statePath: join(scratch, 'runner', 'home', '.lego'),
  };
  const freshRunner = () => {
    runs++;
    rmSync(join(scratch, 'runner'), { recursive: true, force: true });
    // A runner has both before any step runs; @actions/cache archives relative to the workspace.
    mkdirSync(runner.temp, { recursive: true });
    mkdirSync(runner.workspace, { recursive: true });
  };
  freshRunner();

  // Per-host reload commands: each test host's nginx has its own config file.
  const hostsInput = (count = network.hosts.length) => stringify(
    network.hosts.slice(0, count).map((host) => ({
      host: host.ip,
      ...(host.port !== 22 ? { port: host.port } : {}),
      user: host.user,
      ...(host.reloadCommand ? { 'reload-command': host.reloadCommand } : {}),
      ...(host.tlsPort !== 443 ? { 'verify-port': host.tlsPort } : {}),
    })),
  );
  const fixture: FullFixture = {
    core,
    cache,
    network,
    runner,
    freshRunner,
    hostsInput,
    inputs: (extra = {}) => ({
      ...core.inputs(runner.statePath),
      ...network.actionInputs(),
      hosts: hostsInput(),
      cache: 'true',
      'state-passphrase': STATE_PASSPHRASE,
      ...extra,
    }),
    run: (extra = {}, env = {}) =>
      runAction({
        inputs: fixture.inputs(extra),
        cwd: undefined,
        env: {
          ...core.credentials,
          ...cache.env,
          RUNNER_TEMP: runner.temp,
          GITHUB_WORKSPACE: runner.workspace,
          GITHUB_RUN_ID: String(1000 + runs),
          GITHUB_RUN_ATTEMPT: '1',
          ...env,
        },
      }),
    stop: async () => {
      await network.stop();
      await cache.stop();
      await core.stop();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
  return fixture;
}
