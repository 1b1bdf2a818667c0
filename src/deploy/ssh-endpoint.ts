// `[user@]host[:port]` as written in `hosts` and `ssh-jump-host`, normalised so that one host has
// one spelling in duplicate checks, known_hosts lookups and logs.
import { isIP } from 'node:net';
import { InputError } from '../config/input-helper.js';
import { checkUser } from './remote-input-checks.js';

export interface SshEndpoint {
  /** Host name or IP address; IPv6 without brackets, compressed and lowercase. */
  host: string;
  port: number;
  user: string;
  /** "host:port", IPv6 as "[addr]:port": the form used in logs and the *-hosts outputs. */
  label: string;
}

export interface ParsedEndpoint extends SshEndpoint {
  explicitPort: boolean;
  explicitUser: boolean;
}

export const PORT_RANGE = { min: 1, max: 65535 };

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

export function endpointOnly({ host, port, user, label }: ParsedEndpoint): SshEndpoint {
  return { host, port, user, label };
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

export function parsePort(text: string, input: string, where: string, what: string): number {
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

export function labelOf(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

export function describeHosts(targets: readonly SshEndpoint[]): string {
  const labels = targets.slice(0, 3).map((target) => target.label);
  return labels.join(', ') + (targets.length > 3 ? ` and ${targets.length - 3} more` : '');
}
