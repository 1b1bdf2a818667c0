import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);

// src/dns/propagation.ts
import { promises as dns2 } from "node:dns";
import { isIP } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

// src/dns/cname.ts
import { promises as dns } from "node:dns";
var MAX_CHAIN = 8;
async function resolveChallengeName(fqdn, lookup = dns) {
  const chain = [normalise(fqdn)];
  for (; ; ) {
    const name = chain[chain.length - 1];
    let targets;
    try {
      targets = await lookup.resolveCname(name);
    } catch (error) {
      const code = error.code;
      if (code === "ENODATA" || code === "ENOTFOUND") return name;
      throw new Error(`cannot look up a CNAME at ${name} (${code ?? error.message})`, { cause: error });
    }
    if (targets.length === 0) return name;
    const next = normalise(targets[0]);
    if (chain.includes(next) || chain.length > MAX_CHAIN) {
      throw new Error(`the CNAME chain of ${fqdn} does not end: ${[...chain, next].join(" -> ")}`);
    }
    chain.push(next);
  }
}
function normalise(name) {
  return name.replace(/\.$/, "").toLowerCase();
}
async function recursiveLookupThrough(resolvers) {
  if (!resolvers?.length) return dns;
  const resolver = new dns.Resolver({ timeout: 2e3, tries: 2 });
  resolver.setServers((await Promise.all(resolvers.map(parseResolver))).flatMap((server) => server.addresses));
  return resolver;
}
function challengeCnameLookup(recursive, zoneOf) {
  const authoritative = /* @__PURE__ */ new Map();
  const serversOf = (zone) => findAuthoritativeServers(zone, recursive).then(
    (servers) => {
      const resolver = new dns.Resolver({ timeout: 2e3, tries: 2 });
      resolver.setServers(servers.flatMap((server) => server.addresses));
      return resolver;
    },
    () => recursive
  );
  return {
    async resolveCname(name) {
      const zone = await zoneOf(name);
      if (zone === void 0) return recursive.resolveCname(name);
      if (!authoritative.has(zone)) authoritative.set(zone, serversOf(zone));
      return (await authoritative.get(zone)).resolveCname(name);
    }
  };
}

// src/dns/propagation.ts
var FIRST_DELAY_MS = 250;
var MAX_DELAY_MS = 3e3;
var QUERY = { timeout: 1500, tries: 2 };
async function waitForTxt(fqdn, values, options) {
  const { name, servers } = options.resolvers?.length ? { name: fqdn, servers: await Promise.all(options.resolvers.map(parseResolver)) } : await authoritativeSource(fqdn, options);
  options.log.info(
    `Waiting for ${values.length} TXT value(s) on ${name} to be served by ${servers.map((server) => server.label).join(", ")}`
  );
  const pending = new Map(servers.map((server) => [server, resolverFor(server)]));
  const cancelQueries = () => [...pending.values()].forEach((resolver) => resolver.cancel());
  options.signal?.addEventListener("abort", cancelQueries, { once: true });
  try {
    await pollUntilServed(name, values, pending, options);
  } finally {
    options.signal?.removeEventListener("abort", cancelQueries);
  }
}
async function authoritativeSource(fqdn, options) {
  const lookup = options.lookup ?? dns2;
  const name = await resolveChallengeName(fqdn, lookup).catch((error) => {
    options.log.warning(`${error.message}; checking ${fqdn} itself (dns-resolvers would check through other resolvers)`);
    return fqdn.toLowerCase();
  });
  if (name === fqdn.toLowerCase()) return { name: fqdn, servers: await findAuthoritativeServers(options.zone, lookup) };
  const zone = await findZoneCut(name, lookup);
  options.log.info(`${fqdn} is a CNAME to ${name} (zone ${zone}): the CA looks for the TXT record there`);
  return { name, servers: await findAuthoritativeServers(zone, lookup) };
}
async function findZoneCut(name, lookup) {
  for (let candidate = name; candidate.includes("."); candidate = candidate.slice(candidate.indexOf(".") + 1)) {
    try {
      if ((await lookup.resolveNs(candidate)).length > 0) return candidate;
    } catch (error) {
      const code = error.code;
      if (code !== "ENODATA" && code !== "ENOTFOUND") {
        throw new Error(`cannot find the zone of ${name} (NS ${candidate}: ${code ?? error.message}); set dns-resolvers`);
      }
    }
  }
  throw new Error(`cannot find the zone of ${name}: no enclosing name has NS records; set dns-resolvers`);
}
async function pollUntilServed(fqdn, values, pending, { timeoutMs, log, signal }) {
  const started = Date.now();
  const missing = /* @__PURE__ */ new Map();
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
    signal?.throwIfAborted();
    await Promise.all(
      [...pending].map(async ([server, resolver]) => {
        const problem = await missingValues(resolver, fqdn, values);
        if (problem === void 0) {
          pending.delete(server);
          missing.delete(server);
        } else {
          missing.set(server, problem);
        }
      })
    );
    if (pending.size === 0) {
      log.info(`TXT ${fqdn} is served by every server after ${((Date.now() - started) / 1e3).toFixed(1)} s`);
      return;
    }
    const left = started + timeoutMs - Date.now();
    if (left <= 0) {
      const report = [...missing].map(([server, problem]) => `${server.label}: ${problem}`).join("; ");
      throw new Error(
        `TXT records for ${fqdn} were not visible within ${Math.round(timeoutMs / 1e3)} s (${report}); raise dns-propagation-timeout, or set dns-resolvers if these servers are unreachable from the runner`
      );
    }
    log.debug(`TXT ${fqdn} not yet served by ${[...pending.keys()].map((server) => server.label).join(", ")}`);
    await sleep(Math.min(delay, left), void 0, { signal });
  }
}
async function findAuthoritativeServers(zone, lookup = dns2) {
  let hosts;
  try {
    hosts = await lookup.resolveNs(zone);
  } catch (error) {
    throw new Error(
      `cannot find the name servers of zone ${zone} (${error.message}); set dns-resolvers to check propagation elsewhere`
    );
  }
  const servers = await Promise.all(
    hosts.map(async (host) => {
      const [v4, v6] = await Promise.allSettled([lookup.resolve4(host), lookup.resolve6(host)]);
      const found = (result) => result.status === "fulfilled" ? result.value : [];
      const addresses = found(v4).length > 0 ? found(v4) : found(v6);
      return addresses.map((address) => ({ label: `${host} (${address})`, addresses: [address] }));
    })
  );
  if (servers.flat().length === 0) {
    throw new Error(`the name servers of zone ${zone} (${hosts.join(", ") || "none"}) have no addresses; set dns-resolvers`);
  }
  return servers.flat();
}
async function parseResolver(entry) {
  const match = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry) ?? /^([^:]+)(?::(\d+))?$/.exec(entry);
  const [host, port] = match ? [match[1], match[2]] : [entry, void 0];
  const ips = isIP(host) ? [host] : await lookupResolver(host, entry);
  const withPort = (ip) => port === void 0 ? ip : isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
  return { label: entry, addresses: ips.map(withPort) };
}
async function lookupResolver(host, entry) {
  try {
    return (await dns2.lookup(host, { all: true })).map((found) => found.address);
  } catch (error) {
    throw new Error(`cannot resolve the dns-resolvers entry ${entry} (${error.message})`);
  }
}
function resolverFor(server) {
  const resolver = new dns2.Resolver(QUERY);
  resolver.setServers(server.addresses);
  return resolver;
}
async function missingValues(resolver, fqdn, values) {
  let served;
  try {
    served = new Set((await resolver.resolveTxt(fqdn)).map((chunks) => chunks.join("")));
  } catch (error) {
    const code = error.code;
    if (code !== "ENODATA" && code !== "ENOTFOUND") return `query failed (${code ?? error.message})`;
    served = /* @__PURE__ */ new Set();
  }
  const absent = values.filter((value) => !served.has(value));
  return absent.length === 0 ? void 0 : `missing ${absent.map((value) => `"${value}"`).join(", ")}`;
}

export {
  resolveChallengeName,
  recursiveLookupThrough,
  challengeCnameLookup,
  waitForTxt,
  parseResolver
};
