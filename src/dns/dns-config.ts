// The DNS-01 half of the inputs: which provider, how to check propagation, provider settings.
import {
  InputError,
  readChoice,
  readInteger,
  readList,
  readString,
  type InputSource,
} from '../config/input-helper.js';
import { readServiceUrl } from '../config/urls.js';
import { hasAliCloudCredentials, readAliCloudCredentials, type AliCloudCredentials } from '../alicloud/credentials.js';

export const DNS_PROVIDERS = ['alidns'] as const;

export interface DnsConfig {
  readonly provider: (typeof DNS_PROVIDERS)[number];
  /** `host:port` servers for the propagation check; empty means the zone's authoritative servers. */
  readonly resolvers: readonly string[];
  readonly ttl: number;
  readonly propagationTimeoutMs: number;
  readonly alidns: { readonly endpoint: string; readonly credentials: AliCloudCredentials };
}

const RESOLVER = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?$/;

export function readDnsConfig(src: InputSource, env: NodeJS.ProcessEnv): DnsConfig {
  const provider = readChoice(src, 'dns', DNS_PROVIDERS, 'alidns');
  const resolvers = readList(src, 'dns-resolvers').map((resolver) => {
    if (!RESOLVER.test(resolver)) {
      throw new InputError('dns-resolvers', `'${resolver}' is not host[:port]`, 'Give resolvers such as 223.5.5.5 or [2400:3200::1]:53.');
    }
    return resolver;
  });
  const endpoint = readServiceUrl(readString(src, 'alidns-endpoint') || 'https://alidns.aliyuncs.com', 'alidns-endpoint', 'https://alidns.aliyuncs.com');
  return {
    provider,
    resolvers,
    ttl: readInteger(src, 'dns-ttl', 600, { min: 1, max: 86_400 }),
    propagationTimeoutMs: readInteger(src, 'dns-propagation-timeout', 600, { min: 1, max: 86_400 }) * 1000,
    alidns: { endpoint: endpoint.origin, credentials: readAliCloudCredentials(env) },
  };
}

/** For runs that may use HTTP-01 alone: a DNS provider counts as configured once its credentials are given. */
export function readOptionalDnsConfig(src: InputSource, env: NodeJS.ProcessEnv): DnsConfig | undefined {
  return hasAliCloudCredentials(env) ? readDnsConfig(src, env) : undefined;
}
