// The `hosts` input: one `[user@]host[:port]` per line (or comma), or a YAML list whose mappings
// may override the step-wide paths, ports and reload command per host.
import { parse as parseYaml } from 'yaml';
import { InputError, splitList } from '../config/input-helper.js';
import { checkRemoteFolder, checkRemotePath, checkUser, checkVerifyName, readCommand } from './remote-input-checks.js';
import { endpointOnly, labelOf, parseEndpoint, parsePort, type ParsedEndpoint, type SshEndpoint } from './ssh-endpoint.js';

export interface DeployTarget extends SshEndpoint {
  /** Absolute; may still contain the literal "<name>": resolve with resolveRemotePath. */
  certPath: string;
  keyPath: string;
  issuerPath?: string;
  reloadCommand?: string;
  verifyPort: number;
  /** SNI of the TLS check, when the host does not serve the default choice (see verificationName). */
  verifyName?: string;
  /** False for a host that only answers HTTP-01 challenges (`deploy: false`): it takes no files. */
  deploy: boolean;
  /** The folder the host's web server serves `/.well-known/acme-challenge/` from, for HTTP-01. */
  webroot?: string;
}

/** The step-wide inputs, which a YAML mapping may override for its host. */
export interface HostDefaults {
  user: string;
  port: number;
  verifyPort: number;
  certPath: string;
  keyPath: string;
  issuerPath: string | undefined;
  reloadCommand: string | undefined;
  verifyName: string | undefined;
  webroot: string | undefined;
}

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
  'verify-name',
  'webroot',
  'deploy',
] as const;
type HostKey = (typeof HOST_KEYS)[number];

export function readTargets(raw: string, defaults: HostDefaults): DeployTarget[] {
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
  const field = (key: Exclude<HostKey, 'deploy'>): string | undefined => {
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
  // `host: admin@a.example.com:2222` may repeat `user` or `port`, but not contradict it.
  const givenOnce = (key: 'port' | 'user', inHost: boolean, value: string | number) => {
    if (inHost && value !== endpoint[key]) {
      throw new InputError(
        'hosts',
        `host ${hostText} has ${key} ${endpoint[key]} in \`host\` and ${value} in \`${key}\``,
        `Give the ${key} once.`,
      );
    }
  };
  if (port !== undefined) {
    overridden.port = parsePort(port, 'hosts', hostText, 'port');
    givenOnce('port', endpoint.explicitPort, overridden.port);
  }
  if (user !== undefined) {
    checkUser(user, 'hosts', `host ${hostText}: user`);
    givenOnce('user', endpoint.explicitUser, user);
    overridden.user = user;
  }
  overridden.label = labelOf(overridden.host, overridden.port);
  const label = overridden.label;
  const path = (key: Exclude<HostKey, 'deploy'>, fallback: string | undefined) => {
    const value = field(key);
    return value === undefined ? fallback : checkRemotePath(value, 'hosts', `host ${label}: ${key}`);
  };
  const verifyPort = field('verify-port');
  const verifyName = field('verify-name');
  const reload = field('reload-command');
  const webroot = field('webroot');
  const deploy = item.deploy;
  if (deploy !== undefined && deploy !== null && typeof deploy !== 'boolean') {
    throw new InputError('hosts', `host ${label}: 'deploy' must be true or false`, 'Write `deploy: false` (unquoted) for a host that only answers HTTP-01 challenges.');
  }
  return withDefaults(overridden, {
    ...defaults,
    deploy: deploy !== false,
    webroot: webroot === undefined ? defaults.webroot : checkRemoteFolder(webroot, 'hosts', `host ${label}: webroot`),
    verifyPort: verifyPort === undefined ? defaults.verifyPort : parsePort(verifyPort, 'hosts', label, 'verify-port'),
    certPath: path('cert-path', defaults.certPath)!,
    keyPath: path('key-path', defaults.keyPath)!,
    issuerPath: path('issuer-path', defaults.issuerPath),
    reloadCommand: reload === undefined ? defaults.reloadCommand : readCommand(reload, 'hosts', `host ${label}: reload-command`),
    verifyName: verifyName === undefined ? defaults.verifyName : checkVerifyName(verifyName, 'hosts', `host ${label}: verify-name`),
  });
}

function withDefaults(endpoint: ParsedEndpoint, defaults: HostDefaults & { deploy?: boolean }): DeployTarget {
  return {
    ...endpointOnly(endpoint),
    deploy: defaults.deploy ?? true,
    ...(defaults.webroot !== undefined ? { webroot: defaults.webroot } : {}),
    certPath: defaults.certPath,
    keyPath: defaults.keyPath,
    ...(defaults.issuerPath !== undefined ? { issuerPath: defaults.issuerPath } : {}),
    ...(defaults.reloadCommand !== undefined ? { reloadCommand: defaults.reloadCommand } : {}),
    verifyPort: defaults.verifyPort,
    ...(defaults.verifyName !== undefined ? { verifyName: defaults.verifyName } : {}),
  };
}

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
