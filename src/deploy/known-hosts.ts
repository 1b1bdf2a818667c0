// OpenSSH known_hosts, read once from the `ssh-known-hosts` input. The deploy code compares the raw
// host key blob that ssh2 hands to `hostVerifier` against `keysFor`, so no host is ever trusted on
// first use and a changed key is refused.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type KnownHostMarker = 'cert-authority' | 'revoked';

export interface KnownHostEntry {
  /** 1-based line in the text, for error messages. */
  line: number;
  marker?: KnownHostMarker;
  /** Comma-separated patterns of a plain entry, lowercased; absent for a hashed entry. */
  patterns?: readonly string[];
  /** `|1|salt|hash`: HMAC-SHA1 keyed by salt over the looked-up name. */
  hashed?: { salt: Buffer; hash: Buffer };
  keyType: string;
  /** The key blob as ssh2 presents it to hostVerifier: the base64-decoded key field. */
  key: Buffer;
}

/** A known_hosts line that cannot be used; `line` is 1-based. */
export class KnownHostsError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'KnownHostsError';
  }
}

/**
 * The name OpenSSH looks a host up by: the bare host on port 22, `[host]:port` otherwise (IPv6
 * addresses included, without brackets of their own on port 22).
 */
export function knownHostsName(host: string, port: number): string {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return (port === 22 ? bare : `[${bare}]:${port}`).toLowerCase();
}

/** Host key algorithms ssh2 can negotiate for each known_hosts key type. */
const ALGORITHMS: Record<string, readonly string[]> = {
  'ssh-ed25519': ['ssh-ed25519'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
  // An RSA host key signs with SHA-2 on modern servers; the blob stays `ssh-rsa` either way.
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
  'ssh-dss': ['ssh-dss'],
};

export class KnownHosts {
  readonly entries: readonly KnownHostEntry[];

  constructor(entries: readonly KnownHostEntry[]) {
    this.entries = Object.freeze([...entries]);
    Object.freeze(this);
  }

  /** Raw key blobs trusted for host:port, minus any key marked @revoked for it. */
  keysFor(host: string, port: number): Buffer[] {
    return this.hostEntriesFor(host, port).map((entry) => entry.key);
  }

  has(host: string, port: number): boolean {
    return this.hostEntriesFor(host, port).length > 0;
  }

  /** True when `key` (raw blob) is one of the keys trusted for host:port. */
  verify(host: string, port: number, key: Buffer): boolean {
    return this.keysFor(host, port).some((known) => known.length === key.length && timingSafeEqual(known, key));
  }

  /**
   * ssh2 `algorithms.serverHostKey` for host:port, in known_hosts order. Without it ssh2 negotiates
   * its own first preference (ed25519) and refuses a host whose only listed key is, say, RSA, even
   * though the server also holds that key. Empty when no usable type is known.
   */
  hostKeyAlgorithmsFor(host: string, port: number): string[] {
    const names: string[] = [];
    for (const entry of this.hostEntriesFor(host, port)) {
      for (const name of ALGORITHMS[entry.keyType] ?? []) if (!names.includes(name)) names.push(name);
    }
    return names;
  }

  /** Entries that name host:port, whatever their marker: lets callers explain why `has` is false. */
  matching(host: string, port: number): KnownHostEntry[] {
    const name = knownHostsName(host, port);
    return this.entries.filter((entry) => matchesName(entry, name));
  }

  private hostEntriesFor(host: string, port: number): KnownHostEntry[] {
    const matching = this.matching(host, port);
    const revoked = matching.filter((entry) => entry.marker === 'revoked').map((entry) => entry.key);
    return matching.filter(
      (entry) => entry.marker === undefined && !revoked.some((key) => key.equals(entry.key)),
    );
  }
}

export function parseKnownHosts(text: string): KnownHosts {
  const entries: KnownHostEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    const entry = parseLine(raw.replace(/\r$/, '').trim(), index + 1);
    if (entry) entries.push(entry);
  });
  return new KnownHosts(entries);
}

function parseLine(line: string, number: number): KnownHostEntry | undefined {
  if (line === '' || line.startsWith('#')) return undefined;
  const fields = line.split(/\s+/);
  let marker: KnownHostMarker | undefined;
  if (fields[0].startsWith('@')) {
    const name = fields.shift()!.slice(1);
    if (name !== 'cert-authority' && name !== 'revoked') {
      throw new KnownHostsError(number, `unknown marker '@${name}' (only @cert-authority and @revoked exist)`);
    }
    marker = name;
  }
  if (fields.length >= 1 && looksLikeKeyType(fields[0]) && fields.length <= 3 && isBase64(fields[1] ?? '')) {
    throw new KnownHostsError(
      number,
      'has a key but no host name: it looks like a public key file. Put the host in front ' +
        '(`host ssh-ed25519 AAAA...`), or use the output of `ssh-keyscan HOST`',
    );
  }
  if (fields.length < 3) {
    throw new KnownHostsError(number, 'is not `host[,host...] key-type base64-key [comment]`');
  }
  const [hostField, keyType, keyField] = fields;
  if (!looksLikeKeyType(keyType)) throw new KnownHostsError(number, `'${keyType}' is not an SSH key type`);
  if (!isBase64(keyField)) throw new KnownHostsError(number, 'the key field is not base64');
  const key = Buffer.from(keyField, 'base64');
  const blobType = keyBlobType(key);
  if (blobType !== keyType) {
    throw new KnownHostsError(
      number,
      blobType === undefined
        ? 'the key field is not an SSH public key'
        : `the key is of type '${blobType}' but the line says '${keyType}'`,
    );
  }
  const entry: KnownHostEntry = { line: number, keyType, key, ...(marker ? { marker } : {}) };
  if (hostField.startsWith('|')) {
    const hashed = /^\|1\|([A-Za-z0-9+/]+=*)\|([A-Za-z0-9+/]+=*)$/.exec(hostField);
    if (!hashed) throw new KnownHostsError(number, 'the hashed host is not `|1|base64-salt|base64-hash`');
    const salt = Buffer.from(hashed[1], 'base64');
    const hash = Buffer.from(hashed[2], 'base64');
    // OpenSSH writes SHA-1 sized salts and hashes; anything else cannot have come from ssh-keygen -H.
    if (salt.length !== 20 || hash.length !== 20) {
      throw new KnownHostsError(number, 'the hashed host has a salt or hash that is not 20 bytes');
    }
    entry.hashed = { salt, hash };
  } else {
    const patterns = hostField.split(',').map((pattern) => pattern.toLowerCase());
    if (patterns.some((pattern) => pattern === '' || pattern === '!')) {
      throw new KnownHostsError(number, `'${hostField}' has an empty host pattern`);
    }
    entry.patterns = Object.freeze(patterns);
  }
  return Object.freeze(entry);
}

function matchesName(entry: KnownHostEntry, name: string): boolean {
  if (entry.hashed) {
    const digest = createHmac('sha1', entry.hashed.salt).update(name).digest();
    return timingSafeEqual(digest, entry.hashed.hash);
  }
  let matched = false;
  for (const pattern of entry.patterns ?? []) {
    const negated = pattern.startsWith('!');
    if (wildcardMatch(negated ? pattern.slice(1) : pattern, name)) {
      // As in OpenSSH, one matching negation rules the line out whatever else matches.
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/** OpenSSH's match_pattern: `*` any run, `?` one character, everything else literal. */
function wildcardMatch(pattern: string, name: string): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === name;
  let source = '^';
  for (const char of pattern) {
    source += char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`${source}$`, 's').test(name);
}

function looksLikeKeyType(field: string): boolean {
  return /^(ssh-|ecdsa-|sk-)[a-z0-9@.-]+$/.test(field);
}

function isBase64(field: string): boolean {
  return field.length >= 4 && /^[A-Za-z0-9+/]+=*$/.test(field);
}

/** The type string a public key blob starts with (uint32 length, then the name). */
function keyBlobType(blob: Buffer): string | undefined {
  if (blob.length < 4) return undefined;
  const length = blob.readUInt32BE(0);
  if (length === 0 || length > 64 || blob.length < 4 + length) return undefined;
  const type = blob.subarray(4, 4 + length).toString('latin1');
  return /^[a-z0-9@.-]+$/.test(type) ? type : undefined;
}
