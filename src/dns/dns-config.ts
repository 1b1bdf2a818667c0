// The DNS-01 half of the inputs: which providers hold which names, how to check propagation, and
// each selected provider's settings (endpoint input, credentials from the environment).
import { InputError, readBoolean, readInteger, readList, readString, type InputSource } from '../config/input-helper.js';
import { checkEveryNameRouted, parseProviderRoutes, routedProviders, type ProviderRoutes } from './provider-routes.js';
import { endpointInput, hasAnyRequiredVariable, readProviderSettings, type ProviderSettings } from './providers/definition.js';
import { findProvider } from './providers/registry.js';

export interface DnsConfig {
  readonly routes: ProviderRoutes;
  /** The settings of every provider the routes use, by id; no other provider is read or loaded. */
  readonly providers: Readonly<Record<string, ProviderSettings>>;
  /** Follow `_acme-challenge` CNAMEs and place the TXT record at their target (lego's default). */
  readonly followCname: boolean;
  /** `host:port` servers for the propagation check; empty means the zone's authoritative servers. */
  readonly resolvers: readonly string[];
  readonly ttl: number;
  readonly propagationTimeoutMs: number;
}

const RESOLVER = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?$/;

/** `domains` are the certificate's names, each of which needs a provider; the post step has none to check. */
export function readDnsConfig(src: InputSource, env: NodeJS.ProcessEnv, domains: readonly string[] = []): DnsConfig {
  const routes = parseProviderRoutes(src('dns'));
  checkEveryNameRouted(routes, domains);
  const providers = Object.fromEntries(
    routedProviders(routes).map((id) => {
      const definition = findProvider(id)!;
      return [id, readProviderSettings(definition, definition.endpoint ? readString(src, endpointInput(definition)) : '', env)];
    }),
  );
  const resolvers = readList(src, 'dns-resolvers').map((resolver) => {
    if (!RESOLVER.test(resolver)) {
      throw new InputError('dns-resolvers', `'${resolver}' is not host[:port]`, 'Give resolvers such as 223.5.5.5 or [2400:3200::1]:53.');
    }
    return resolver;
  });
  return {
    routes,
    providers,
    followCname: readBoolean(src, 'dns-follow-cname', true),
    resolvers,
    ttl: readInteger(src, 'dns-ttl', 600, { min: 1, max: 86_400 }),
    propagationTimeoutMs: readInteger(src, 'dns-propagation-timeout', 600, { min: 1, max: 86_400 }) * 1000,
  };
}

/** For runs that may use HTTP-01 alone: DNS counts as configured once any named provider's credentials are given. */
export function readOptionalDnsConfig(src: InputSource, env: NodeJS.ProcessEnv): DnsConfig | undefined {
  const configured = routedProviders(parseProviderRoutes(src('dns'))).some((id) => hasAnyRequiredVariable(findProvider(id)!, env));
  return configured ? readDnsConfig(src, env) : undefined;
}
