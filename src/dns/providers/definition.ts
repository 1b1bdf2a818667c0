// What a DNS provider module declares, so that the inputs, the secrets to mask, the input checks and
// the documentation all come from one place, and the provider's own code is loaded only when a run
// selects it.
import { InputError } from '../../config/input-helper.js';
import { readServiceUrl } from '../../config/urls.js';
import type { Log } from '../../util/log.js';
import type { DnsProvider } from '../provider.js';

export interface ProviderVariable {
  /** Accepted names in order of precedence: lego's first, then the vendor's official ones. */
  readonly names: readonly string[];
  readonly description: string;
  /** Masked in the runner's log before any input is read. */
  readonly secret: boolean;
  readonly required: boolean;
}

export interface ProviderSettings<K extends string = string> {
  /** Base URL of the API, from the `<id>-endpoint` input; '' for a provider without one. */
  readonly endpoint: string;
  /** The first set name of each variable, trimmed; absent when none is set. */
  readonly env: Readonly<Partial<Record<K, string>>>;
}

export interface ProviderContext {
  readonly log: Log;
}

export interface ProviderDefinition<K extends string = string> {
  /** The value of the `dns` input that selects it. */
  readonly id: string;
  /** Human name for logs and errors. */
  readonly name: string;
  /** The `<id>-endpoint` input of an HTTP API; none for a provider reached otherwise. */
  readonly endpoint?: { readonly default: string; readonly description: string };
  readonly variables: Readonly<Record<K, ProviderVariable>>;
  /** Extra checks beyond the required variables (e.g. one of two tokens); throws InputError. */
  readonly check?: (env: ProviderSettings<K>['env']) => void;
  /** Loads the provider's code (a separate chunk) and creates it. */
  readonly create: (settings: ProviderSettings<K>, context: ProviderContext) => Promise<DnsProvider>;
}

export function endpointInput(definition: Pick<ProviderDefinition, 'id'>): string {
  return `${definition.id}-endpoint`;
}

export function secretVariableNames(definition: ProviderDefinition): string[] {
  return Object.values<ProviderVariable>(definition.variables).flatMap((variable) => (variable.secret ? [...variable.names] : []));
}

/** The names of one variable as errors show them: `A / B`. */
export function variableNames(variable: ProviderVariable): string {
  return variable.names.join(' / ');
}

/** True when any variable the provider requires is set: a half-given set is then reported by readProviderSettings. */
export function hasAnyRequiredVariable(definition: ProviderDefinition, env: NodeJS.ProcessEnv): boolean {
  return Object.values<ProviderVariable>(definition.variables).some((variable) => variable.required && variable.names.some((name) => env[name]?.trim()));
}

/** The provider's settings from its endpoint input and the environment; fails naming what to set. */
export function readProviderSettings<K extends string>(
  definition: ProviderDefinition<K>,
  rawEndpoint: string,
  env: NodeJS.ProcessEnv,
): ProviderSettings<K> {
  const values: Partial<Record<K, string>> = {};
  const missing: ProviderVariable[] = [];
  for (const [key, variable] of Object.entries<ProviderVariable>(definition.variables) as Array<[K, ProviderVariable]>) {
    const value = variable.names.map((name) => env[name]?.trim()).find((candidate) => candidate);
    if (value) values[key] = value;
    else if (variable.required) missing.push(variable);
  }
  if (missing.length > 0) {
    const names = missing.map(variableNames);
    const example = missing.map((variable) => `${variable.names[0]}: \${{ secrets.${variable.names[0]} }}`).join(', ');
    throw new InputError(
      'dns',
      `${definition.name} (${definition.id}) needs credentials in the environment, but ${names.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`,
      `Map ${missing.length > 1 ? 'them' : 'it'} from repository secrets in the step, e.g. \`env: { ${example} }\`.`,
    );
  }
  definition.check?.(values);
  if (!definition.endpoint) return { endpoint: '', env: values };
  const url = readServiceUrl(rawEndpoint || definition.endpoint.default, endpointInput(definition), definition.endpoint.default);
  // Without a trailing slash; a path is kept for APIs that live under one.
  return { endpoint: url.href.replace(/\/$/, ''), env: values };
}
