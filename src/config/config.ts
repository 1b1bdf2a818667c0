// Every input, parsed and validated once — before anything touches the network or the disk — into
// one frozen Config. Each concern reads its own inputs; this module only composes them.
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { readAcmeConfig, type AcmeConfig } from '../acme/acme-config.js';
import { checkChallengeInputs, readChallengeMode, type ChallengeMode } from '../challenge/challenge-config.js';
import { readCloudConfig, type CloudConfig } from '../deploy/cloud-config.js';
import { readDeployConfig, type DeployConfig } from '../deploy/deploy-config.js';
import { readDnsConfig, readOptionalDnsConfig, type DnsConfig } from '../dns/dns-config.js';
import { readCacheConfig, type CacheConfig } from '../state/cache-config.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { readBoolean, readPositiveNumber, readString, type InputSource } from './input-helper.js';

export interface Config {
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
  readonly dryRun: boolean;
  /** The whole run's bound (input `timeout`). */
  readonly timeoutMs: number;
}

export function readConfig(src: InputSource, env: NodeJS.ProcessEnv): Config {
  const acme = readAcmeConfig(src);
  const challenge = readChallengeMode(src);
  const dns = challenge === 'dns-01' ? readDnsConfig(src, env) : readOptionalDnsConfig(src, env);
  const deploy = readDeployConfig(src, acme.domains, { forChallenges: challenge !== 'dns-01' });
  checkChallengeInputs(challenge, acme.domains, dns !== undefined, deploy);
  return deepFreeze({
    acme,
    challenge,
    dns,
    deploy,
    cloud: readCloudConfig(src, env, deploy.mode === 'never'),
    cache: readCacheConfig(src),
    statePath: readStatePath(src, env),
    dryRun: readBoolean(src, 'dry-run', false),
    // GitHub's own job limit is 360 minutes.
    timeoutMs: Math.round(readPositiveNumber(src, 'timeout', 20, 360) * 60_000),
  });
}

function readStatePath(src: InputSource, env: NodeJS.ProcessEnv): string {
  const raw = readString(src, 'path') || env.LEGO_PATH || '~/.lego';
  const expanded = raw === '~' || raw.startsWith('~/') ? homedir() + raw.slice(1) : raw;
  return resolve(expanded);
}
