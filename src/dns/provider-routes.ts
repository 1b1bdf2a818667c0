// Which provider holds which names: the `dns` input is one provider id, or YAML lines mapping zones
// to provider ids with an optional `default`. Read and checked before any network call.
import { parse as parseYaml } from 'yaml';
import { normaliseDomain } from '../config/domains.js';
import { InputError } from '../config/input-helper.js';
import { PROVIDER_IDS, findProvider } from './providers/registry.js';
import { findZone, toAsciiName } from './zones.js';

export interface ProviderRoutes {
  /** Zone (ASCII, no trailing dot) → provider id. */
  readonly zones: Readonly<Record<string, string>>;
  /** The provider of names in none of `zones`. */
  readonly fallback?: string;
}

const DEFAULT_KEY = 'default';
const SINGLE_ID = /^[a-z0-9][a-z0-9-]*$/;

export function parseProviderRoutes(raw: string): ProviderRoutes {
  const text = raw.trim() || 'alidns';
  if (SINGLE_ID.test(text)) return { zones: {}, fallback: checkedId(text) };
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    throw new InputError('dns', `is not a provider id nor YAML (${(error as Error).message.split('\n')[0]})`, routesFix());
  }
  if (typeof parsed === 'string') return { zones: {}, fallback: checkedId(parsed) };
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError('dns', `'${text}' is neither a provider id nor lines of \`zone: provider\``, routesFix());
  }
  const zones: Record<string, string> = {};
  let fallback: string | undefined;
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') throw new InputError('dns', `the provider of '${key}' is not a provider id`, routesFix());
    const id = checkedId(value.trim());
    if (key === DEFAULT_KEY) {
      fallback = id;
      continue;
    }
    const zone = normaliseDomain(key, 'dns');
    if (zone.startsWith('*.')) throw new InputError('dns', `'${key}' is a wildcard, not a zone`, routesFix());
    zones[zone] = id;
  }
  return { zones, fallback };
}

/** The provider for `fqdn`: the one of its longest listed zone, else the default. */
export function routeName(routes: ProviderRoutes, fqdn: string): string | undefined {
  const zone = findZone(fqdn, Object.keys(routes.zones));
  return zone === undefined ? routes.fallback : routes.zones[zone];
}

/** Every certificate name must have a provider; found out now rather than after an order is placed. */
export function checkEveryNameRouted(routes: ProviderRoutes, domains: readonly string[]): void {
  const unrouted = domains.filter((domain) => routeName(routes, toAsciiName(domain.replace(/^\*\./, ''))) === undefined);
  if (unrouted.length > 0) {
    throw new InputError(
      'dns',
      `no DNS provider for ${unrouted.join(', ')}`,
      `Add a line \`<zone>: <provider>\` for ${unrouted.length > 1 ? 'their zones' : 'its zone'}, or \`default: <provider>\`.`,
    );
  }
}

/** Every provider id the routes use, each once. */
export function routedProviders(routes: ProviderRoutes): string[] {
  return [...new Set([...Object.values(routes.zones), ...(routes.fallback ? [routes.fallback] : [])])];
}

function checkedId(id: string): string {
  if (findProvider(id)) return id;
  throw new InputError('dns', `'${id}' is not a supported DNS provider`, `Use one of: ${PROVIDER_IDS.join(', ')}.`);
}

function routesFix(): string {
  return (
    `Give one provider (${PROVIDER_IDS.join(', ')}), or YAML lines such as \`example.net: cloudflare\` ` +
    `with \`default: alidns\` for the other names.`
  );
}
