// The CLI's inputs: every action input as a --flag, from a YAML file (--config), or from INPUT_* as
// a runner passes them. Secrets never on the command line, where `ps` and shell history show them:
// from the environment, or from a file named by --<input>-file.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { SECRET_INPUTS } from '../secrets.js';

/** A problem with how the CLI was called; exit code 2, like a bad input. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ActionInput {
  readonly description: string;
  readonly default?: string;
}

export interface CliCall {
  /** Input name → value; what the action reads as INPUT_*. */
  readonly inputs: Record<string, string>;
  readonly help: boolean;
  readonly verbose: boolean;
}

const SECRETS = [...SECRET_INPUTS, 'notify'];
/** Inputs whose default is a boolean take no value on the command line: `--dry-run`. */
const isBoolean = (input: ActionInput | undefined) => input?.default === 'true' || input?.default === 'false';

export function readCliCall(argv: readonly string[], env: NodeJS.ProcessEnv, declared: Record<string, ActionInput>): CliCall {
  const fromFlags: Record<string, string> = {};
  let configPath: string | undefined;
  let help = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--verbose') verbose = true;
    else if (arg.startsWith('--')) {
      const at = arg.indexOf('=');
      const name = arg.slice(2, at < 0 ? undefined : at);
      const takesValue = name === 'config' || !isBoolean(declared[name]);
      // A boolean flag alone means true; `--dry-run false` works too.
      const explicit = !takesValue && /^(true|false)$/i.test(argv[i + 1] ?? '');
      const value = at >= 0 ? arg.slice(at + 1) : takesValue || explicit ? argv[++i] : 'true';
      if (value === undefined) throw new UsageError(`--${name} needs a value.`);
      if (name === 'config') configPath = value;
      else fromFlags[name] = value;
    } else {
      throw new UsageError(`Unexpected argument '${arg}'. Inputs are given as --name value.`);
    }
  }
  const fromFile = configPath ? readConfigFile(configPath) : {};
  const fromEnv: Record<string, string> = {};
  for (const name of Object.keys(declared)) {
    const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    if (value !== undefined) fromEnv[name] = value;
  }
  const inputs: Record<string, string> = {};
  for (const [source, values] of [
    ['the environment', fromEnv],
    [configPath ?? '', fromFile],
    ['the command line', fromFlags],
  ] as const) {
    for (const [key, value] of Object.entries(values)) {
      const { name, text } = resolve(key, value, source, declared);
      inputs[name] = text;
    }
  }
  return { inputs, help, verbose };
}

function resolve(key: string, value: string, source: string, declared: Record<string, ActionInput>): { name: string; text: string } {
  const fromFile = key.endsWith('-file') && SECRETS.includes(key.slice(0, -'-file'.length));
  const name = fromFile ? key.slice(0, -'-file'.length) : key;
  if (!(name in declared)) throw new UsageError(`Unknown input '${key}' in ${source}. See --help for the inputs.`);
  if (fromFile) {
    try {
      return { name, text: readFileSync(value, 'utf8') };
    } catch (error) {
      throw new UsageError(`Cannot read ${key} '${value}' (${(error as NodeJS.ErrnoException).code}).`);
    }
  }
  if (SECRETS.includes(name) && source === 'the command line') {
    throw new UsageError(
      `--${name} is a secret: give it as INPUT_${name.replace(/-/g, '_').toUpperCase()} in the environment or --${name}-file PATH, never on the command line.`,
    );
  }
  return { name, text: value };
}

function readConfigFile(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read --config '${path}': ${(error as Error).message}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`--config '${path}' must map input names to values, like a step's with:.`);
  // Values as the runner passes them: strings; lists of names as lines; structures (hosts) as YAML.
  return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, inputText(value)]));
}

function inputText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) return value.join('\n');
  return typeof value === 'object' ? stringify(value) : String(value);
}
