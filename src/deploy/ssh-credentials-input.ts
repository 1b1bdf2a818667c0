// What proves us to the hosts (`ssh-private-key`, `ssh-passphrase`) and the hosts to us
// (`ssh-known-hosts`, `ssh-insecure-ignore-host-key`), checked before the first connection.
import { InputError, type InputSource } from '../config/input-helper.js';
import { KnownHosts, KnownHostsError, knownHostsName, parseKnownHosts } from './known-hosts.js';
import { describeHosts, type SshEndpoint } from './ssh-endpoint.js';

export type HostKeyPolicy = { kind: 'known-hosts'; knownHosts: KnownHosts } | { kind: 'insecure' };

export async function readPrivateKey(src: InputSource): Promise<{ privateKey: string; passphrase?: string } | undefined> {
  const raw = src('ssh-private-key').replace(/\r\n?/g, '\n').trim();
  if (raw === '') return undefined;
  // Only runs that connect anywhere load the SSH library.
  const { default: ssh2 } = await import('ssh2');
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

export function readHostKeyPolicy(
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
