// The `watch` input: TLS endpoints whose served certificate each run looks at, deployed by this
// action or not (a certificate installed by hand, a forgotten vhost, a CDN).
import { isIP } from 'node:net';
import { InputError, type InputSource } from '../config/input-helper.js';

export interface WatchTarget {
  /** How the summary names it: host:port, and the SNI name when it differs from the host. */
  readonly label: string;
  readonly host: string;
  readonly port: number;
  /** Sent as SNI; none for a bare IP address unless one is given. */
  readonly servername?: string;
}

const FIX = 'Write one endpoint per line: host, host:port, [IPv6]:port or an https:// URL, optionally followed by the SNI name.';

export function readWatchTargets(src: InputSource): WatchTarget[] {
  return src('watch')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map(readTarget);
}

function readTarget(line: string): WatchTarget {
  const [endpoint, sni, ...rest] = line.split(/\s+/);
  if (rest.length > 0) throw new InputError('watch', `'${line}' has more than an endpoint and a name`, FIX);
  const { host, port } = endpoint.includes('://') ? fromUrl(endpoint) : fromHostPort(endpoint);
  const servername = sni ?? (isIP(host) ? undefined : host);
  if (servername !== undefined && !/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/i.test(servername)) {
    throw new InputError('watch', `'${servername}' is not a host name to send as SNI`, FIX);
  }
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { label: servername && servername !== host ? `${where} (${servername})` : where, host, port, servername };
}

function fromUrl(endpoint: string): { host: string; port: number } {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new InputError('watch', `'${endpoint}' is not a URL`, FIX);
  }
  if (url.protocol !== 'https:') throw new InputError('watch', `'${endpoint}' is not an https:// URL`, FIX);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : 443 };
}

function fromHostPort(endpoint: string): { host: string; port: number } {
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:\s[\]]+))(?::(\d{1,5}))?$/i.exec(endpoint);
  const port = match?.[3] ? Number(match[3]) : 443;
  if (!match || port < 1 || port > 65535) throw new InputError('watch', `'${endpoint}' is not host[:port]`, FIX);
  return { host: match[1] ?? match[2], port };
}
