// CNAME delegation of DNS-01 (`_acme-challenge.example.com CNAME _acme-challenge.example.com.auth.example.net`):
// the CA follows the alias, so the TXT record belongs at the end of the chain, in that name's zone.
// Followed as lego does: through recursive resolvers, link by link, loops refused; a lookup that
// fails ends the chain there (with a warning), as in lego, rather than the run.
import { Resolver } from 'node:dns/promises';
import type { Log } from '../util/log.js';
import { parseResolver } from './propagation.js';
import { toAsciiName } from './zones.js';

export interface ResolveChallengeNameOptions {
  /** `host[:port]` recursive resolvers; the system's when empty. */
  resolvers?: readonly string[];
  /** For tests: the CNAME lookup to use instead of a resolver. */
  resolveCname?: (name: string) => Promise<string[]>;
  log?: Log;
}

// lego's limit; a longer chain is a misconfiguration, not a delegation.
const MAX_LINKS = 50;
const QUERY = { timeout: 2000, tries: 2 };

/** The name the TXT record for `fqdn` must be placed at: the end of its CNAME chain, or `fqdn` itself. */
export async function resolveChallengeName(fqdn: string, options: ResolveChallengeNameOptions = {}): Promise<string> {
  const lookup = options.resolveCname ?? systemLookup(options.resolvers);
  const chain = [toAsciiName(fqdn)];
  for (;;) {
    const current = chain.at(-1)!;
    const target = await cnameOf(current, lookup, options.log);
    if (target === undefined) return current;
    if (chain.includes(target)) throw new Error(`the CNAME chain of ${chain[0]} loops: ${[...chain, target].join(' → ')}`);
    chain.push(target);
    if (chain.length > MAX_LINKS) throw new Error(`the CNAME chain of ${chain[0]} is longer than ${MAX_LINKS} links`);
  }
}

async function cnameOf(name: string, lookup: (name: string) => Promise<string[]>, log: Log | undefined): Promise<string | undefined> {
  try {
    const [target] = await lookup(name);
    return target === undefined ? undefined : toAsciiName(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No CNAME at this name (or no name at all): the chain ends here.
    if (code !== 'ENODATA' && code !== 'ENOTFOUND') {
      log?.warning(`Cannot look up whether ${name} is a CNAME (${code ?? (error as Error).message}); the TXT record goes to ${name}`);
    }
    return undefined;
  }
}

function systemLookup(resolvers: readonly string[] | undefined): (name: string) => Promise<string[]> {
  let ready: Promise<Resolver> | undefined;
  const resolver = async () => {
    const created = new Resolver(QUERY);
    if (resolvers?.length) created.setServers((await Promise.all(resolvers.map(parseResolver))).flatMap((server) => server.addresses));
    return created;
  };
  return async (name) => (await (ready ??= resolver())).resolveCname(name);
}
