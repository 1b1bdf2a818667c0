// Every input, parsed and validated once — before anything touches the network or the disk — into
// one frozen Config. Each concern reads its own inputs; this module only composes them.
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { readAcmeConfig, type AcmeConfig } from '../acme/acme-config.js';
import { checkChallengeInputs, readChallengeMode, type ChallengeMode } from '../challenge/challenge-config.js';
import { readCloudConfig, type CloudConfig } from '../deploy/cloud-config.js';
import { readDeployConfig, type DeployConfig } from '../deploy/deploy-config.js';
import { readDnsConfig, readOptionalDnsConfig, type DnsConfig } from '../dns/dns-config.js';
import { readNotifyConfig, type NotifyConfig } from '../notify/notify-config.js';
import { readCacheConfig, type CacheConfig } from '../state/cache-config.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { readWatchTargets, type WatchTarget } from '../watch/watch-config.js';
import { readBoolean, readPositiveNumber, readString, type InputSource } from './input-helper.js';

/** What every run reads, whether it manages a certificate or only watches. */
export interface CommonConfig {
  readonly notify: NotifyConfig;
  readonly watch: readonly WatchTarget[];
  readonly dryRun: boolean;
  /** Token that keeps a scheduled workflow enabled; empty when not given. */
  readonly githubToken: string;
}

/** A run that only watches served certificates: no domains, so no ACME and no DNS. */
export interface MonitorConfig extends CommonConfig {
  readonly monitorOnly: true;
}

export interface Config extends CommonConfig {
  readonly monitorOnly?: false;
  readonly acme: AcmeConfig;
  readonly challenge: ChallengeMode;
  /** Undefined only when HTTP-01 may do without: no DNS provider credentials were given. */
  readonly dns: DnsConfig | undefined;
  readonly deploy: DeployConfig;
  /** Alibaba Cloud targets (CAS, CDN, DCDN, SLB), deployed beside the SSH hosts. */
  readonly cloud: CloudConfig;
  readonly cache: CacheConfig;
  /** Absolute path of the lego-layout state folder. */
  readonly statePath: string;
  /** The whole run's bound (input `timeout`). */
  readonly timeoutMs: number;
}

/** The run's config: a watch-only run (watch, no domains, no CSR) needs no ACME or DNS input. */
export async function readRunConfig(src: InputSource, env: NodeJS.ProcessEnv): Promise<Config | MonitorConfig> {
  if (readWatchTargets(src).length > 0 && !readString(src, 'domains') && !readString(src, 'csr')) {
    return deepFreeze({ ...readCommonConfig(src), monitorOnly: true as const });
  }
  return readConfig(src, env);
}

function readCommonConfig(src: InputSource): CommonConfig {
  return {
    notify: readNotifyConfig(src),
    watch: readWatchTargets(src),
    dryRun: readBoolean(src, 'dry-run', false),
    githubToken: readString(src, 'github-token'),
  };
}

/** The config of a run that manages a certificate. */
export async function readConfig(src: InputSource, env: NodeJS.ProcessEnv): Promise<Config> {
  const common = readCommonConfig(src);
  const acme = await readAcmeConfig(src);
  const challenge = readChallengeMode(src);
  const dns = challenge === 'dns-01' ? readDnsConfig(src, env, acme.domains) : readOptionalDnsConfig(src, env);
  const deploy = await readDeployConfig(src, acme.domains, { forChallenges: challenge !== 'dns-01' });
  checkChallengeInputs(challenge, acme.domains, dns !== undefined, deploy);
  return deepFreeze({
    ...common,
    acme,
    challenge,
    dns,
    deploy,
    cloud: readCloudConfig(src, env, deploy.mode === 'never'),
    cache: readCacheConfig(src),
    statePath: readStatePath(src, env),
    // GitHub's own job limit is 360 minutes.
    timeoutMs: Math.round(readPositiveNumber(src, 'timeout', 20, 360) * 60_000),
  });
}

function readStatePath(src: InputSource, env: NodeJS.ProcessEnv): string {
  const raw = readString(src, 'path') || env.LEGO_PATH || '~/.lego';
  const expanded = raw === '~' || raw.startsWith('~/') ? homedir() + raw.slice(1) : raw;
  return resolve(expanded);
}
