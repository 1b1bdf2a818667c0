// Waits until the CA will be able to see the TXT records. Asking the zone's authoritative servers
// directly (as lego does) avoids waiting out negative caches of recursive resolvers; each server,
// and each address of a server, is asked separately because the CA may reach any of them and they
// do not update at the same moment (one NS name often stands for several machines).
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Log } from '../util/log.js';
import { resolveChallengeName, type CnameLookup } from './cname.js';

export interface WaitForTxtOptions {
  /** The zone holding `fqdn`; its NS records are asked when no resolvers are given. */
  zone: string;
  /** `host[:port]` or `[ipv6]:port` servers to ask instead of the zone's authoritative servers. */
  resolvers?: readonly string[];
  timeoutMs: number;
  log: Log;
  signal?: AbortSignal;
  /** Lookups through the system resolver; node's `dns.promises` unless a test gives its own. */
  lookup?: DnsLookup;
}

/** One server to ask: a name for messages and the addresses that reach it. */
export interface NameServer {
  label: string;
  addresses: string[];
}

/** The lookups `findAuthoritativeServers` needs; node's `dns.promises` by default. */
export type NsLookup = Pick<typeof dns, 'resolveNs' | 'resolve4' | 'resolve6'>;
export type DnsLookup = NsLookup & CnameLookup;

// Polls grow by half from 100 ms to 1 s: a record is seen within a second of appearing, while a
// slow provider costs each server one query per name a second, no more than a resolver's retries.
const FIRST_DELAY_MS = 100;
const GROWTH = 1.5;
const MAX_DELAY_MS = 1000;
// Per query: an unanswered server must not eat the whole propagation budget in one poll.
const QUERY = { timeout: 1500, tries: 2 };

/** Resolves once every one of `values` is served as a TXT record of `fqdn` by every server asked. */
export async function waitForTxt(fqdn: string, values: readonly string[], options: WaitForTxtOptions): Promise<void> {
  // Recursive resolvers follow a CNAME themselves; authoritative servers answer only for their zone.
  const { name, servers } = options.resolvers?.length
    ? { name: fqdn, servers: await Promise.all(options.resolvers.map(parseResolver)) }
    : await authoritativeSource(fqdn, options);
  options.log.info(
    `Waiting for ${values.length} TXT value(s) on ${name} to be served by ${servers.map((server) => server.label).join(', ')}`,
  );
  const pending = new Map(servers.map((server) => [server, resolverFor(server)]));
  // Outstanding queries would otherwise keep a cancelled wait alive for their full timeout.
  const cancelQueries = () => [...pending.values()].forEach((resolver) => resolver.cancel());
  options.signal?.addEventListener('abort', cancelQueries, { once: true });
  try {
    await pollUntilServed(name, values, pending, options);
  } finally {
    options.signal?.removeEventListener('abort', cancelQueries);
  }
}

/** The name the CA will query (after any CNAME) and the authoritative servers of its zone. */
async function authoritativeSource(fqdn: string, options: WaitForTxtOptions): Promise<{ name: string; servers: NameServer[] }> {
  const lookup = options.lookup ?? dns;
  // Most names have no CNAME: a resolver that fails the lookup should not fail their run.
  const name = await resolveChallengeName(fqdn, lookup).catch((error: Error) => {
    options.log.warning(`${error.message}; checking ${fqdn} itself (dns-resolvers would check through other resolvers)`);
    return fqdn.toLowerCase();
  });
  if (name === fqdn.toLowerCase()) return { name: fqdn, servers: await findAuthoritativeServers(options.zone, lookup) };
  const zone = await findZoneCut(name, lookup);
  options.log.info(`${fqdn} is a CNAME to ${name} (zone ${zone}): the CA looks for the TXT record there`);
  return { name, servers: await findAuthoritativeServers(zone, lookup) };
}

/** The zone `name` is in, as DNS delegates it: the nearest enclosing name with NS records. */
async function findZoneCut(name: string, lookup: NsLookup): Promise<string> {
  for (let candidate = name; candidate.includes('.'); candidate = candidate.slice(candidate.indexOf('.') + 1)) {
    try {
      if ((await lookup.resolveNs(candidate)).length > 0) return candidate;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENODATA' && code !== 'ENOTFOUND') {
        throw new Error(`cannot find the zone of ${name} (NS ${candidate}: ${code ?? (error as Error).message}); set dns-resolvers`);
      }
    }
  }
  throw new Error(`cannot find the zone of ${name}: no enclosing name has NS records; set dns-resolvers`);
}

async function pollUntilServed(
  fqdn: string,
  values: readonly string[],
  pending: Map<NameServer, dns.Resolver>,
  { timeoutMs, log, signal }: WaitForTxtOptions,
): Promise<void> {
  const started = Date.now();
  const missing = new Map<NameServer, string>();
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * GROWTH, MAX_DELAY_MS)) {
    signal?.throwIfAborted();
    await Promise.all(
      [...pending].map(async ([server, resolver]) => {
        const problem = await missingValues(resolver, fqdn, values);
        if (problem === undefined) {
          pending.delete(server);
          missing.delete(server);
        } else {
          missing.set(server, problem);
        }
      }),
    );
    if (pending.size === 0) {
      log.info(`TXT ${fqdn} is served by every server after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return;
    }
    const left = started + timeoutMs - Date.now();
    if (left <= 0) {
      const report = [...missing].map(([server, problem]) => `${server.label}: ${problem}`).join('; ');
      throw new Error(
        `TXT records for ${fqdn} were not visible within ${Math.round(timeoutMs / 1000)} s (${report}); ` +
          'raise dns-propagation-timeout, or set dns-resolvers if these servers are unreachable from the runner',
      );
    }
    log.debug(`TXT ${fqdn} not yet served by ${[...pending.keys()].map((server) => server.label).join(', ')}`);
    await sleep(Math.min(delay, left), undefined, { signal });
  }
}

/**
 * One entry per address of the zone's name servers (NS records): each IPv4 address, and the IPv6
 * addresses of a server that has no IPv4 address.
 */
export async function findAuthoritativeServers(zone: string, lookup: NsLookup = dns): Promise<NameServer[]> {
  let hosts: string[];
  try {
    hosts = await lookup.resolveNs(zone);
  } catch (error) {
    throw new Error(
      `cannot find the name servers of zone ${zone} (${(error as Error).message}); set dns-resolvers to check propagation elsewhere`,
    );
  }
  const servers = await Promise.all(
    hosts.map(async (host) => {
      const [v4, v6] = await Promise.allSettled([lookup.resolve4(host), lookup.resolve6(host)]);
      const found = (result: PromiseSettledResult<string[]>) => (result.status === 'fulfilled' ? result.value : []);
      // Many runners have no IPv6 route: an IPv6 address that cannot be reached would never answer.
      const addresses = found(v4).length > 0 ? found(v4) : found(v6);
      return addresses.map((address) => ({ label: `${host} (${address})`, addresses: [address] }));
    }),
  );
  if (servers.flat().length === 0) {
    throw new Error(`the name servers of zone ${zone} (${hosts.join(', ') || 'none'}) have no addresses; set dns-resolvers`);
  }
  return servers.flat();
}

export async function parseResolver(entry: string): Promise<NameServer> {
  const match = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry) ?? /^([^:]+)(?::(\d+))?$/.exec(entry);
  // A bare IPv6 address has colons but no brackets and no port.
  const [host, port] = match ? [match[1], match[2]] : [entry, undefined];
  const ips = isIP(host) ? [host] : await lookupResolver(host, entry);
  const withPort = (ip: string) => (port === undefined ? ip : isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`);
  return { label: entry, addresses: ips.map(withPort) };
}

async function lookupResolver(host: string, entry: string): Promise<string[]> {
  try {
    return (await dns.lookup(host, { all: true })).map((found) => found.address);
  } catch (error) {
    throw new Error(`cannot resolve the dns-resolvers entry ${entry} (${(error as Error).message})`);
  }
}

function resolverFor(server: NameServer): dns.Resolver {
  const resolver = new dns.Resolver(QUERY);
  resolver.setServers(server.addresses);
  return resolver;
}

/** undefined when all values are served; otherwise what is missing, or why the query failed. */
async function missingValues(resolver: dns.Resolver, fqdn: string, values: readonly string[]): Promise<string | undefined> {
  let served: Set<string>;
  try {
    // A TXT record longer than 255 bytes arrives in chunks; its value is their concatenation.
    served = new Set((await resolver.resolveTxt(fqdn)).map((chunks) => chunks.join('')));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENODATA' && code !== 'ENOTFOUND') return `query failed (${code ?? (error as Error).message})`;
    served = new Set();
  }
  const absent = values.filter((value) => !served.has(value));
  return absent.length === 0 ? undefined : `missing ${absent.map((value) => `"${value}"`).join(', ')}`;
}
