// Every DNS provider the action supports. Only these declarations are part of the start-up path;
// each provider's client code is a separate chunk loaded by `create` when a run selects it.
import { alidns } from './alidns.js';
import { cloudflare } from './cloudflare.js';
import { huaweicloud } from './huaweicloud.js';
import { rfc2136 } from './rfc2136.js';
import { route53 } from './route53.js';
import { tencentcloud } from './tencentcloud.js';
import type { ProviderDefinition } from './definition.js';

export const PROVIDERS: readonly ProviderDefinition[] = [alidns, tencentcloud, huaweicloud, cloudflare, route53, rfc2136] as ProviderDefinition[];

export const PROVIDER_IDS: readonly string[] = PROVIDERS.map((provider) => provider.id);

export function findProvider(id: string): ProviderDefinition | undefined {
  return PROVIDERS.find((provider) => provider.id === id);
}
