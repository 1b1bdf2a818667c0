// Every deployment input, parsed and checked once before any connection is opened, so that a typo
// in the tenth host fails the run before the first host has been touched.
import { isIP } from 'node:net';
import ssh2 from 'ssh2';
import { parse as parseYaml } from 'yaml';
import {
  InputError,
  readBoolean,
  readChoice,
  readInteger,
  readString,
  splitList,
  type InputSource,
} from '../config/input-helper.js';
import { KnownHosts, KnownHostsError, knownHostsName, parseKnownHosts } from './known-hosts.js';

export interface SshEndpoint {
  /** Host name or IP address; IPv6 without brackets, compressed and lowercase. */
  host: string;
  port: number;
  user: string;
  /** "host:port", IPv6 as "[addr]:port": the form used in logs and the *-hosts outputs. */
  label: string;
}

export interface DeployTarget extends SshEndpoint {
  /** Absolute; may still contain the literal "<name>": resolve with resolveRemotePath. */
  certPath: string;
  keyPath: string;
  issuerPath?: string;
  reloadCommand?: string;
  verifyPort: number;
}

export type HostKeyPolicy = { kind: 'known-hosts'; knownHosts: KnownHosts } | { kind: 'insecure' };

export type DeployMode = 'changed' | 'always' | 'never';

export interface DeployConfig {
  /**
   * Empty = no deployment: `hosts` was empty, or `deploy` is `never` (then the hosts are still
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

/** Keys of one mapping in the YAML form of `hosts`; the names are part of the public contract. */
export const HOST_KEYS = [
  'host',
  'port',
  'user',
  'cert-path',
  'key-path',
  'issuer-path',
  'reload-command',
  'verify-port',
] as const;
type HostKey = (typeof HOST_KEYS)[number];

const PORT_RANGE = { min: 1, max: 65535 };
const NAME_PLACEHOLDER = '<name>';

export function readDeployConfig(src: InputSource): DeployConfig {
  const mode = readChoice<DeployMode>(src, 'deploy', ['changed', 'always', 'never'], 'changed');
  const verifyTls = readBoolean(src, 'verify-tls', true);
  const concurrency = readInteger(src, 'deploy-concurrency', 8, { min: 1, max: 256 });
  const timeoutMs = readInteger(src, 'ssh-timeout', 30, { min: 1, max: 3600 }) * 1000;
  const defaults: HostDefaults = {
    user: readUser(src),
    port: readInteger(src, 'ssh-port', 22, PORT_RANGE),
    verifyPort: readInteger(src, 'verify-port', 443, PORT_RANGE),
    certPath: readRemotePath(src, 'remote-cert-path') ?? DEFAULT_CERT_PATH,
    keyPath: readRemotePath(src, 'remote-key-path') ?? DEFAULT_KEY_PATH,
    issuerPath: readRemotePath(src, 'remote-issuer-path'),
    reloadCommand: readCommand(src('reload-command'), 'reload-command', undefined),
  };
  const remoteOwner = readOwner(src);
  const parsed = readTargets(src('hosts'), defaults);
  const insecure = readBoolean(src, 'ssh-insecure-ignore-host-key', false);
  const base = { mode, verifyTls, concurrency, timeoutMs, ...(remoteOwner ? { remoteOwner } : {}) };

  const rawJump = readString(src, 'ssh-jump-host');
  if (parsed.length === 0 || mode === 'never') {
    // Nothing will connect, so nothing else is required; what is given must still make sense.
    if (rawJump) parseEndpoint(rawJump, 'ssh-jump-host', defaults);
    if (readString(src, 'ssh-private-key')) readPrivateKey(src);
    return deepFreeze({ ...base, targets: [], hostKeys: readHostKeyPolicy(src, insecure, []) });
  }

  const key = readPrivateKey(src);
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

// --- hosts ----------------------------------------------------------------------------------------

interface HostDefaults {
  user: string;
  port: number;
  verifyPort: number;
  certPath: string;
  keyPath: string;
  issuerPath: string | undefined;
  reloadCommand: string | undefined;
}

function readTargets(raw: string, defaults: HostDefaults): DeployTarget[] {
  const text = raw.replace(/\r\n?/g, '\n');
  const targets = isYamlList(text) ? readYamlTargets(text, defaults) : readLineTargets(text, defaults);
  const seen = new Map<string, string>();
  for (const target of targets) {
    const key = target.label.toLowerCase();
    if (seen.has(key)) {
      throw new InputError(
        'hosts',
        `${target.label} is listed twice`,
        'List each host:port once; to deploy several certificates to one host, use one step per certificate.',
      );
    }
    seen.set(key, target.label);
  }
  const paths = (target: DeployTarget) => [target.certPath, target.keyPath, target.issuerPath];
  for (const target of targets) {
    const [cert, key, issuer] = paths(target);
    if (cert === key || (issuer !== undefined && (issuer === cert || issuer === key))) {
      throw new InputError(
        'hosts',
        `host ${target.label} would write two files to the same remote path (${issuer === key ? issuer : cert})`,
        'Give cert-path, key-path and issuer-path different paths.',
      );
    }
  }
  return targets;
}

/** A YAML block sequence (`- ...`) or flow sequence of mappings (`[{...}]`). */
function isYamlList(text: string): boolean {
  const first = text.split('\n').map((line) => line.trim()).find((line) => line !== '' && !line.startsWith('#'));
  return first !== undefined && (/^-(\s|$)/.test(first) || /^\[\s*\{/.test(first));
}

function readLineTargets(text: string, defaults: HostDefaults): DeployTarget[] {
  if (/^\s*[A-Za-z-]+:\s/.test(text)) {
    throw new InputError(
      'hosts',
      'is a YAML mapping, not a list of hosts',
      'Start each host with a dash: `- host: example.com`.',
    );
  }
  const entries = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => splitList(line));
  return entries.map((entry) => withDefaults(parseEndpoint(entry, 'hosts', defaults), defaults));
}

function readYamlTargets(text: string, defaults: HostDefaults): DeployTarget[] {
  let doc: unknown;
  try {
    doc = parseYaml(text, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new InputError(
      'hosts',
      `is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      'Give one `[user@]host[:port]` per line, or a YAML list of mappings such as `- host: example.com`.',
    );
  }
  if (!Array.isArray(doc)) {
    throw new InputError('hosts', 'is not a YAML list', 'Start each host with `- host: ...`.');
  }
  return doc.map((item: unknown, index) => {
    const where = `entry ${index + 1}`;
    if (typeof item === 'string') return withDefaults(parseEndpoint(item.trim(), 'hosts', defaults), defaults);
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new InputError(
        'hosts',
        `${where} is not a mapping`,
        'Write each host as `- host: example.com` with optional keys below it.',
      );
    }
    return readYamlTarget(item as Record<string, unknown>, where, defaults);
  });
}

function readYamlTarget(item: Record<string, unknown>, where: string, defaults: HostDefaults): DeployTarget {
  const rawHost = item.host;
  if (typeof rawHost !== 'string' || rawHost.trim() === '') {
    const missing = rawHost === undefined || rawHost === null || rawHost === '';
    throw new InputError(
      'hosts',
      missing ? `${where} has no \`host\`` : `${where}: \`host\` is not a string`,
      // YAML reads an unquoted [2001:db8::1] as a list, the most likely way to get here.
      "Every mapping needs `host: name-or-address`; quote bracketed IPv6 addresses: host: '[2001:db8::1]'.",
    );
  }
  const hostText = rawHost.trim();
  for (const key of Object.keys(item)) {
    if (!(HOST_KEYS as readonly string[]).includes(key)) {
      const guess = closest(key, HOST_KEYS);
      throw new InputError(
        'hosts',
        `host ${hostText} has an unknown key '${key}'${guess ? ` (did you mean '${guess}'?)` : ''}`,
        `Use only: ${HOST_KEYS.join(', ')}.`,
      );
    }
  }
  const field = (key: HostKey): string | undefined => {
    const value = item[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && (key === 'port' || key === 'verify-port')) return String(value);
    if (typeof value !== 'string') {
      const type = key.endsWith('port') ? 'number' : 'string';
      throw new InputError('hosts', `host ${hostText}: '${key}' must be a ${type}`, 'Quote the value.');
    }
    return value.trim();
  };

  const endpoint = parseEndpoint(hostText, 'hosts', defaults);
  const port = field('port');
  const user = field('user');
  const overridden = { ...endpoint };
  if (port !== undefined) {
    const number = parsePort(port, 'hosts', hostText, 'port');
    if (endpoint.explicitPort && number !== endpoint.port) {
      throw new InputError(
        'hosts',
        `host ${hostText} has port ${endpoint.port} in \`host\` and ${number} in \`port\``,
        'Give the port once.',
      );
    }
    overridden.port = number;
  }
  if (user !== undefined) {
    checkUser(user, 'hosts', `host ${hostText}: user`);
    if (endpoint.explicitUser && user !== endpoint.user) {
      throw new InputError(
        'hosts',
        `host ${hostText} has user ${endpoint.user} in \`host\` and ${user} in \`user\``,
        'Give the user once.',
      );
    }
    overridden.user = user;
  }
  overridden.label = labelOf(overridden.host, overridden.port);
  const label = overridden.label;
  const path = (key: HostKey, fallback: string | undefined) => {
    const value = field(key);
    return value === undefined ? fallback : checkRemotePath(value, 'hosts', `host ${label}: ${key}`);
  };
  const verifyPort = field('verify-port');
  const reload = field('reload-command');
  return withDefaults(overridden, {
    ...defaults,
    verifyPort: verifyPort === undefined ? defaults.verifyPort : parsePort(verifyPort, 'hosts', label, 'verify-port'),
    certPath: path('cert-path', defaults.certPath)!,
    keyPath: path('key-path', defaults.keyPath)!,
    issuerPath: path('issuer-path', defaults.issuerPath),
    reloadCommand: reload === undefined ? defaults.reloadCommand : readCommand(reload, 'hosts', `host ${label}: reload-command`),
  });
}

function endpointOnly({ host, port, user, label }: ParsedEndpoint): SshEndpoint {
  return { host, port, user, label };
}

function withDefaults(endpoint: ParsedEndpoint, defaults: HostDefaults): DeployTarget {
  return {
    host: endpoint.host,
    port: endpoint.port,
    user: endpoint.user,
    label: endpoint.label,
    certPath: defaults.certPath,
    keyPath: defaults.keyPath,
    ...(defaults.issuerPath !== undefined ? { issuerPath: defaults.issuerPath } : {}),
    ...(defaults.reloadCommand !== undefined ? { reloadCommand: defaults.reloadCommand } : {}),
    verifyPort: defaults.verifyPort,
  };
}

export interface ParsedEndpoint extends SshEndpoint {
  explicitPort: boolean;
  explicitUser: boolean;
}

const ENDPOINT_FIX = 'Write `[user@]host[:port]`, an IPv6 address as `[2001:db8::1]:22` (or bare without a port).';

/** `[user@]host[:port]`; IPv6 as `[addr][:port]`, or a bare address when there is no port. */
export function parseEndpoint(raw: string, input: string, defaults: { user: string; port: number }): ParsedEndpoint {
  const entry = raw.trim();
  if (entry === '' || /\s/.test(entry)) {
    throw new InputError(input, `'${entry}' is not a host`, ENDPOINT_FIX);
  }
  const at = entry.lastIndexOf('@');
  const user = at >= 0 ? entry.slice(0, at) : undefined;
  const rest = at >= 0 ? entry.slice(at + 1) : entry;
  if (user !== undefined) checkUser(user, input, `host ${rest}: user`);

  let host: string;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(rest);
  if (bracketed) {
    [, host, portText] = bracketed;
    if (rest.endsWith(':')) portText = '';
  } else if (rest.includes('[') || rest.includes(']')) {
    throw new InputError(input, `'${entry}' has unbalanced brackets`, ENDPOINT_FIX);
  } else if (rest.indexOf(':') !== rest.lastIndexOf(':')) {
    // Two or more colons: an IPv6 address without a port. `2001:db8::1:22` cannot be told from an
    // address, so a port always needs the brackets.
    host = rest;
  } else {
    const colon = rest.indexOf(':');
    host = colon >= 0 ? rest.slice(0, colon) : rest;
    portText = colon >= 0 ? rest.slice(colon + 1) : undefined;
  }
  host = normaliseHost(host, input, entry);
  const port = portText === undefined ? defaults.port : parsePort(portText, input, entry, 'port');
  return {
    host,
    port,
    user: user ?? defaults.user,
    label: labelOf(host, port),
    explicitPort: portText !== undefined,
    explicitUser: user !== undefined,
  };
}

function normaliseHost(host: string, input: string, entry: string): string {
  if (host.includes(':')) {
    const [address, zone] = host.split('%', 2);
    if (isIP(address) !== 6 || (zone !== undefined && !/^[A-Za-z0-9_.-]+$/.test(zone))) {
      throw new InputError(input, `'${entry}': '${host}' is not an IPv6 address`, ENDPOINT_FIX);
    }
    // One spelling per address, so duplicates are found and known_hosts lookups match ssh-keyscan.
    const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
    return zone === undefined ? canonical : `${canonical}%${zone}`;
  }
  const name = host.toLowerCase();
  const label = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
  const labels = name.split('.');
  if (name === '' || name.length > 253 || !labels.every((part) => label.test(part))) {
    throw new InputError(input, `'${entry}': '${host}' is not a host name or IP address`, ENDPOINT_FIX);
  }
  return name;
}

function parsePort(text: string, input: string, where: string, what: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= PORT_RANGE.min && port <= PORT_RANGE.max)) {
    throw new InputError(
      input,
      `${where}: ${what} '${text}' is not a port from 1 to 65535`,
      what === 'port' ? ENDPOINT_FIX : 'Give a port from 1 to 65535.',
    );
  }
  return port;
}

function labelOf(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function describeHosts(targets: readonly SshEndpoint[]): string {
  const labels = targets.slice(0, 3).map((target) => target.label);
  return labels.join(', ') + (targets.length > 3 ? ` and ${targets.length - 3} more` : '');
}

// --- users, owner, paths, commands ----------------------------------------------------------------

// POSIX portable user names (plus a trailing `$` for Samba machine accounts); never a leading `-`,
// which ssh or chown would read as an option.
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}\$?$/;

function checkUser(user: string, input: string, what: string): void {
  if (!USER.test(user)) {
    throw new InputError(input, `${what} '${user}' is not a valid user name`, 'Use letters, digits, `.`, `_` and `-`.');
  }
}

function readUser(src: InputSource): string {
  const user = readString(src, 'ssh-user') || 'root';
  checkUser(user, 'ssh-user', 'user');
  return user;
}

function readOwner(src: InputSource): string | undefined {
  const owner = readString(src, 'remote-owner');
  if (!owner) return undefined;
  const [user, group, extra] = owner.split(':');
  if (extra !== undefined || !USER.test(user) || (group !== undefined && !USER.test(group))) {
    throw new InputError(
      'remote-owner',
      `'${owner}' is not \`user\` or \`user:group\``,
      'Give a user name (or number), optionally followed by `:group`, e.g. `root:ssl-cert`.',
    );
  }
  return owner;
}

function readRemotePath(src: InputSource, name: string): string | undefined {
  const value = src(name).trim();
  return value === '' ? undefined : checkRemotePath(value, name, 'path');
}

function checkRemotePath(path: string, input: string, what: string): string {
  const fix =
    'Give an absolute path such as /etc/ssl/acme/<name>/fullchain.pem (`<name>` is replaced by the certificate name).';
  if (/[\n\r\0]/.test(path)) {
    throw new InputError(input, `${what} contains a line break or NUL character`, fix);
  }
  if (path === '') throw new InputError(input, `${what} is empty`, fix);
  if (!path.startsWith('/')) throw new InputError(input, `${what} '${path}' is not absolute`, fix);
  if (path.endsWith('/')) throw new InputError(input, `${what} '${path}' names a folder, not a file`, fix);
  const placeholder = /<[^<>/]*>/.exec(path.split(NAME_PLACEHOLDER).join(''));
  if (placeholder) {
    throw new InputError(
      input,
      `${what} '${path}' has '${placeholder[0]}', which is not replaced`,
      `Only ${NAME_PLACEHOLDER} is replaced. ${fix}`,
    );
  }
  return path;
}

function readCommand(value: string, input: string, what: string | undefined): string | undefined {
  const command = value.trim();
  if (command === '') return undefined;
  if (command.includes('\0')) {
    throw new InputError(input, `${what ?? 'the command'} contains a NUL character`, 'Remove it.');
  }
  return command;
}

// --- key and host keys ----------------------------------------------------------------------------

function readPrivateKey(src: InputSource): { privateKey: string; passphrase?: string } | undefined {
  const raw = src('ssh-private-key').replace(/\r\n?/g, '\n').trim();
  if (raw === '') return undefined;
  const passphrase = src('ssh-passphrase') || undefined;
  const fix = 'Paste the whole private key file, `-----BEGIN ... PRIVATE KEY-----` lines included, into a secret.';
  // A key stored with literal "\n" escapes (a common secret-store mistake) reads as one line.
  const privateKey = (raw.includes('\n') ? raw : raw.replace(/\\n/g, '\n')) + '\n';
  const plain = ssh2.utils.parseKey(privateKey);
  const encrypted = plain instanceof Error && /passphrase/i.test(plain.message);
  if (plain instanceof Error && !encrypted) {
    throw new InputError('ssh-private-key', `cannot be read as an SSH private key (${plain.message})`, fix);
  }
  if (encrypted && !passphrase) {
    throw new InputError('ssh-passphrase', 'is required: ssh-private-key is encrypted', "Pass the key's passphrase from a secret.");
  }
  const parsed = encrypted ? ssh2.utils.parseKey(privateKey, passphrase) : plain;
  if (parsed instanceof Error) {
    throw new InputError(
      'ssh-passphrase',
      'does not decrypt ssh-private-key (wrong passphrase)',
      'Check that the passphrase secret belongs to this key.',
    );
  }
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key.isPrivateKey()) {
    throw new InputError(
      'ssh-private-key',
      'is a public key',
      `${fix} The public half goes into authorized_keys on the hosts.`,
    );
  }
  return { privateKey, ...(encrypted ? { passphrase } : {}) };
}

function readHostKeyPolicy(
  src: InputSource,
  insecure: boolean,
  endpoints: readonly { endpoint: SshEndpoint; input: string }[],
): HostKeyPolicy {
  const text = src('ssh-known-hosts');
  if (text.trim() !== '' && insecure) {
    throw new InputError(
      'ssh-insecure-ignore-host-key',
      'is true but ssh-known-hosts is also given',
      'Remove ssh-insecure-ignore-host-key to check host keys (recommended), or remove ssh-known-hosts.',
    );
  }
  if (insecure) return { kind: 'insecure' };
  let knownHosts: KnownHosts;
  try {
    knownHosts = parseKnownHosts(text);
  } catch (error) {
    if (!(error instanceof KnownHostsError)) throw error;
    throw new InputError(
      'ssh-known-hosts',
      error.message,
      'Give lines as printed by `ssh-keyscan HOST` (or `ssh-keyscan -p PORT HOST`).',
    );
  }
  if (endpoints.length > 0 && knownHosts.entries.length === 0) {
    throw new InputError(
      'ssh-known-hosts',
      `is required to check the host keys of ${describeHosts(endpoints.map((item) => item.endpoint))}`,
      'Give the output of `ssh-keyscan HOST` for every host (from a trusted network), or set ' +
        'ssh-insecure-ignore-host-key: true for throw-away hosts only.',
    );
  }
  for (const { endpoint, input } of endpoints) {
    if (knownHosts.has(endpoint.host, endpoint.port)) continue;
    const name = knownHostsName(endpoint.host, endpoint.port);
    const others = knownHosts.matching(endpoint.host, endpoint.port);
    const why = others.some((entry) => entry.marker === 'cert-authority')
      ? 'has only @cert-authority entries, which are not supported'
      : others.some((entry) => entry.marker === 'revoked')
        ? 'has only @revoked keys'
        : `has no key (looked up as '${name}')`;
    const scan = `ssh-keyscan ${endpoint.port === 22 ? '' : `-p ${endpoint.port} `}${endpoint.host}`;
    throw new InputError(
      'ssh-known-hosts',
      `${input === 'hosts' ? 'host' : 'jump host'} ${endpoint.label} ${why}`,
      `Add the lines printed by \`${scan}\`${endpoint.port === 22 ? '' : ` (they start with ${name})`}.`,
    );
  }
  return { kind: 'known-hosts', knownHosts };
}

// --- helpers --------------------------------------------------------------------------------------

function closest(word: string, choices: readonly string[]): string | undefined {
  const spelled = word.toLowerCase().replace(/_/g, '-');
  // `reload` for `reload-command`, `cert` for `cert-path`: a prefix is the likeliest slip.
  const prefixed = choices.filter((choice) => spelled.length >= 3 && choice.startsWith(spelled));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const distance = editDistance(spelled, choice);
    if (distance < bestDistance) [best, bestDistance] = [choice, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Freezes plain objects and arrays; KnownHosts keeps itself immutable. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof KnownHosts)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
