// Every deployment input, parsed and checked once before any connection is opened, so that a typo
// in the tenth host fails the run before the first host has been touched.
import {
  InputError,
  readBoolean,
  readChoice,
  readInteger,
  readString,
  type InputSource,
} from '../config/input-helper.js';
import { nameCovers } from '../config/domains.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { readTargets, type DeployTarget, type HostDefaults } from './hosts-input.js';
import { checkRemoteFolder, checkRemotePath, checkUser, checkVerifyName, isUserName, NAME_PLACEHOLDER, readCommand } from './remote-input-checks.js';
import { readHostKeyPolicy, readPrivateKey, type HostKeyPolicy } from './ssh-credentials-input.js';
import { describeHosts, endpointOnly, parseEndpoint, PORT_RANGE, type SshEndpoint } from './ssh-endpoint.js';

export { HOST_KEYS, type DeployTarget } from './hosts-input.js';
export type { HostKeyPolicy } from './ssh-credentials-input.js';
export { parseEndpoint, type ParsedEndpoint, type SshEndpoint } from './ssh-endpoint.js';

export type DeployMode = 'changed' | 'always' | 'never';

export interface DeployConfig {
  /**
   * Every host the run connects to, for deployment or for HTTP-01 challenges. Empty when `hosts` was
   * empty, or when `deploy` is `never` and no challenge needs the hosts (then the hosts are still
   * checked for typos, but no key is required, since pull requests from forks get no secrets).
   * When non-empty, privateKey is set and every host (and the jump host) passed hostKeys.
   */
  targets: readonly DeployTarget[];
  /** Normalised to LF line ends with a final newline; parses with ssh2 (with the passphrase). */
  privateKey?: string;
  passphrase?: string;
  hostKeys: HostKeyPolicy;
  jumpHost?: SshEndpoint;
  /** user[:group] */
  remoteOwner?: string;
  mode: DeployMode;
  verifyTls: boolean;
  concurrency: number;
  timeoutMs: number;
}

export const DEFAULT_CERT_PATH = '/etc/ssl/acme/<name>/fullchain.pem';
export const DEFAULT_KEY_PATH = '/etc/ssl/acme/<name>/privkey.pem';

/**
 * `domains`, the certificate's names, lets each TLS check's name be checked against them. With
 * `forChallenges`, the hosts also answer HTTP-01 challenges, so `deploy: never` still connects.
 */
export async function readDeployConfig(
  src: InputSource,
  domains?: readonly string[],
  options: { forChallenges?: boolean } = {},
): Promise<DeployConfig> {
  const mode = readChoice<DeployMode>(src, 'deploy', ['changed', 'always', 'never'], 'changed');
  const verifyTls = readBoolean(src, 'verify-tls', true);
  const concurrency = readInteger(src, 'deploy-concurrency', 32, { min: 1, max: 256 });
  const timeoutMs = readInteger(src, 'ssh-timeout', 30, { min: 1, max: 3600 }) * 1000;
  const defaults: HostDefaults = {
    user: readUser(src),
    port: readInteger(src, 'ssh-port', 22, PORT_RANGE),
    verifyPort: readInteger(src, 'verify-port', 443, PORT_RANGE),
    certPath: readRemotePath(src, 'remote-cert-path') ?? DEFAULT_CERT_PATH,
    keyPath: readRemotePath(src, 'remote-key-path') ?? DEFAULT_KEY_PATH,
    issuerPath: readRemotePath(src, 'remote-issuer-path'),
    reloadCommand: readCommand(src('reload-command'), 'reload-command', undefined),
    verifyName: readVerifyName(src),
    webroot: readWebroot(src),
  };
  const remoteOwner = readOwner(src);
  const parsed = readTargets(src('hosts'), defaults);
  if (domains) checkVerifyNames(parsed, defaults.verifyName, domains);
  const insecure = readBoolean(src, 'ssh-insecure-ignore-host-key', false);
  const base = { mode, verifyTls, concurrency, timeoutMs, ...(remoteOwner ? { remoteOwner } : {}) };

  const rawJump = readString(src, 'ssh-jump-host');
  if (parsed.length === 0 || (mode === 'never' && !options.forChallenges)) {
    // Nothing will connect, so nothing else is required; what is given must still make sense.
    if (rawJump) parseEndpoint(rawJump, 'ssh-jump-host', defaults);
    await readPrivateKey(src);
    return deepFreeze({ ...base, targets: [], hostKeys: readHostKeyPolicy(src, insecure, []) });
  }

  const key = await readPrivateKey(src);
  if (!key) {
    throw new InputError(
      'ssh-private-key',
      `is required to deploy to ${describeHosts(parsed)}`,
      'Pass the private key from a secret, e.g. `ssh-private-key: ${{ secrets.DEPLOY_SSH_KEY }}`, or empty `hosts`.',
    );
  }
  const jumpHost = rawJump ? endpointOnly(parseEndpoint(rawJump, 'ssh-jump-host', defaults)) : undefined;
  const hostKeys = readHostKeyPolicy(src, insecure, [
    ...(jumpHost ? [{ endpoint: jumpHost, input: 'ssh-jump-host' }] : []),
    ...parsed.map((endpoint) => ({ endpoint, input: 'hosts' })),
  ]);
  return deepFreeze({
    ...base,
    targets: parsed,
    privateKey: key.privateKey,
    ...(key.passphrase ? { passphrase: key.passphrase } : {}),
    hostKeys,
    ...(jumpHost ? { jumpHost } : {}),
  });
}

/** The hosts that take the certificate: those not marked `deploy: false`, unless `deploy` is `never`. */
export function deployTargets(config: DeployConfig): DeployTarget[] {
  return config.mode === 'never' ? [] : config.targets.filter((target) => target.deploy);
}

/**
 * A remote path with "<name>" replaced by the certificate name. The name comes from our own
 * normalised domain, but a slash or dot-dot in it would write outside the folder the user chose.
 */
export function resolveRemotePath(template: string, certName: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(certName) || certName === '.' || certName === '..') {
    throw new Error(`'${certName}' cannot be used as a certificate name in a remote path`);
  }
  return template.split(NAME_PLACEHOLDER).join(certName);
}

function readUser(src: InputSource): string {
  const user = readString(src, 'ssh-user') || 'root';
  checkUser(user, 'ssh-user', 'user');
  return user;
}

function readWebroot(src: InputSource): string | undefined {
  const value = readString(src, 'http-webroot');
  return value === '' ? undefined : checkRemoteFolder(value, 'http-webroot', 'folder');
}

function readOwner(src: InputSource): string | undefined {
  const owner = readString(src, 'remote-owner');
  if (!owner) return undefined;
  const [user, group, extra] = owner.split(':');
  if (extra !== undefined || !isUserName(user) || (group !== undefined && !isUserName(group))) {
    throw new InputError(
      'remote-owner',
      `'${owner}' is not \`user\` or \`user:group\``,
      'Give a user name (or number), optionally followed by `:group`, e.g. `root:ssl-cert`.',
    );
  }
  return owner;
}

function readVerifyName(src: InputSource): string | undefined {
  const value = readString(src, 'verify-name');
  return value ? checkVerifyName(value, 'verify-name', 'name') : undefined;
}

/** A TLS check must ask for a name the certificate covers, or no host could ever pass it. */
function checkVerifyNames(targets: readonly DeployTarget[], stepWide: string | undefined, domains: readonly string[]): void {
  const uncovered = (name: string | undefined) => name !== undefined && !domains.some((domain) => nameCovers(domain, name));
  const fix = `Give a name the certificate (${domains.join(', ')}) covers and the host serves.`;
  if (uncovered(stepWide)) throw new InputError('verify-name', `'${stepWide}' is not covered by the certificate`, fix);
  const target = targets.find((candidate) => uncovered(candidate.verifyName));
  if (target) throw new InputError('hosts', `host ${target.label}: verify-name '${target.verifyName}' is not covered by the certificate`, fix);
}

function readRemotePath(src: InputSource, name: string): string | undefined {
  const value = src(name).trim();
  return value === '' ? undefined : checkRemotePath(value, name, 'path');
}
