// Waits until the CA will be able to see the TXT records. Asking the zone's authoritative servers
// directly (as lego does) avoids waiting out negative caches of recursive resolvers; each server is
// asked separately because the CA may reach any of them and they do not update at the same moment.
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Log } from '../util/log.js';

export interface WaitForTxtOptions {
  /** The zone holding `fqdn`; its NS records are asked when no resolvers are given. */
  zone: string;
  /** `host[:port]` or `[ipv6]:port` servers to ask instead of the zone's authoritative servers. */
  resolvers?: readonly string[];
  timeoutMs: number;
  log: Log;
  signal?: AbortSignal;
}

/** One server to ask: a name for messages and the addresses that reach it. */
export interface NameServer {
  label: string;
  addresses: string[];
}

/** The lookups `findAuthoritativeServers` needs; node's `dns.promises` by default. */
export type NsLookup = Pick<typeof dns, 'resolveNs' | 'resolve4' | 'resolve6'>;

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 3000;
// Per query: an unanswered server must not eat the whole propagation budget in one poll.
const QUERY = { timeout: 1500, tries: 2 };

/** Resolves once every one of `values` is served as a TXT record of `fqdn` by every server asked. */
export async function waitForTxt(fqdn: string, values: readonly string[], options: WaitForTxtOptions): Promise<void> {
  const servers = options.resolvers?.length
    ? await Promise.all(options.resolvers.map(parseResolver))
    : await findAuthoritativeServers(options.zone);
  options.log.info(
    `Waiting for ${values.length} TXT value(s) on ${fqdn} to be served by ${servers.map((server) => server.label).join(', ')}`,
  );
  const pending = new Map(servers.map((server) => [server, resolverFor(server)]));
  // Outstanding queries would otherwise keep a cancelled wait alive for their full timeout.
  const cancelQueries = () => [...pending.values()].forEach((resolver) => resolver.cancel());
  options.signal?.addEventListener('abort', cancelQueries, { once: true });
  try {
    await pollUntilServed(fqdn, values, pending, options);
  } finally {
    options.signal?.removeEventListener('abort', cancelQueries);
  }
}

async function pollUntilServed(
  fqdn: string,
  values: readonly string[],
  pending: Map<NameServer, dns.Resolver>,
  { timeoutMs, log, signal }: WaitForTxtOptions,
): Promise<void> {
  const started = Date.now();
  const missing = new Map<NameServer, string>();
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
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

/** The zone's name servers (NS records) with their IPv4 and IPv6 addresses. */
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
      // IPv4 first: many runners have no IPv6 route, and the resolver moves on only after a timeout.
      const addresses = [v4, v6].flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
      return { label: host, addresses };
    }),
  );
  const reachable = servers.filter((server) => server.addresses.length > 0);
  if (reachable.length === 0) {
    throw new Error(`the name servers of zone ${zone} (${hosts.join(', ') || 'none'}) have no addresses; set dns-resolvers`);
  }
  return reachable;
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
