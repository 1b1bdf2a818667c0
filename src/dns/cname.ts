// A DNS-01 challenge name may be a CNAME into another zone (delegating validation to a zone made
// for it): the CA follows the chain, so the TXT record is wanted, and looked for, at its end.
import { promises as dns } from 'node:dns';
import { findAuthoritativeServers, parseResolver, type DnsLookup } from './propagation.js';

/** The lookups `resolveChallengeName` needs; node's `dns.promises` (the system resolver) by default. */
export type CnameLookup = Pick<typeof dns, 'resolveCname'>;

/** More links than any sane delegation has; a longer chain is reported as a loop. */
const MAX_CHAIN = 8;

/** Where a CA looks for the TXT record of `fqdn`: the end of its CNAME chain, or `fqdn` itself. */
export async function resolveChallengeName(fqdn: string, lookup: CnameLookup = dns): Promise<string> {
  const chain = [normalise(fqdn)];
  for (;;) {
    const name = chain[chain.length - 1];
    let targets: string[];
    try {
      targets = await lookup.resolveCname(name);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENODATA' || code === 'ENOTFOUND') return name;
      throw new Error(`cannot look up a CNAME at ${name} (${code ?? (error as Error).message})`, { cause: error });
    }
    if (targets.length === 0) return name;
    const next = normalise(targets[0]);
    if (chain.includes(next) || chain.length > MAX_CHAIN) {
      throw new Error(`the CNAME chain of ${fqdn} does not end: ${[...chain, next].join(' -> ')}`);
    }
    chain.push(next);
  }
}

function normalise(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

/** The recursive lookups the challenge-name lookup needs: `dns-resolvers` when given, else the system's. */
export async function recursiveLookupThrough(resolvers: readonly string[] | undefined): Promise<DnsLookup> {
  if (!resolvers?.length) return dns;
  const resolver = new dns.Resolver({ timeout: 2000, tries: 2 });
  resolver.setServers((await Promise.all(resolvers.map(parseResolver))).flatMap((server) => server.addresses));
  return resolver;
}

/**
 * CNAME lookups for challenge names, asked of the authoritative servers of the zone `zoneOf` gives
 * for the name (found through `recursive`). A recursive resolver asked before the TXT record exists
 * would cache "no such name" for the zone's negative TTL and then hide the record from a propagation
 * check through it; names outside known zones, and zones whose servers cannot be found, are asked
 * of `recursive` itself.
 */
export function challengeCnameLookup(recursive: DnsLookup, zoneOf: (name: string) => Promise<string | undefined>): CnameLookup {
  const authoritative = new Map<string, Promise<CnameLookup>>();
  const serversOf = (zone: string) =>
    findAuthoritativeServers(zone, recursive).then(
      (servers) => {
        const resolver = new dns.Resolver({ timeout: 2000, tries: 2 });
        resolver.setServers(servers.flatMap((server) => server.addresses));
        return resolver as CnameLookup;
      },
      () => recursive,
    );
  return {
    async resolveCname(name: string) {
      const zone = await zoneOf(name);
      if (zone === undefined) return recursive.resolveCname(name);
      if (!authoritative.has(zone)) authoritative.set(zone, serversOf(zone));
      return (await authoritative.get(zone)!).resolveCname(name);
    },
  } as CnameLookup;
}
