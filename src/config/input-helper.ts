// Reads raw action inputs and turns them into typed values, failing with an error that names the
// input and says how to fix it. Every parser in the project goes through these helpers, so every
// bad input reads the same way.

/** Returns the raw value of an input, '' when unset. The runner seam: tests pass a plain map. */
export type InputSource = (name: string) => string;

/** A problem with the action's inputs, found before anything touches the network or disk. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string,
    fix: string,
  ) {
    super(`Input '${input}': ${problem}. ${fix}`);
    this.name = 'InputError';
  }
}

export function readString(src: InputSource, name: string): string {
  return src(name).trim();
}

export function readRequired(src: InputSource, name: string, fix: string): string {
  const value = readString(src, name);
  if (!value) throw new InputError(name, 'is required but empty', fix);
  return value;
}

/** Items separated by newlines or commas, trimmed, blanks dropped. */
export function readList(src: InputSource, name: string): string[] {
  return splitList(src(name));
}

export function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts. */
export function readBoolean(src: InputSource, name: string, fallback: boolean): boolean {
  const value = readString(src, name);
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(name, `'${value}' is not a boolean`, 'Use true or false.');
}

export function readInteger(
  src: InputSource,
  name: string,
  fallback: number,
  range: { min: number; max: number },
): number {
  const value = readString(src, name);
  if (value === '') return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < range.min || parsed > range.max) {
    throw new InputError(
      name,
      `'${value}' is not a whole number from ${range.min} to ${range.max}`,
      `Give a whole number from ${range.min} to ${range.max}.`,
    );
  }
  return parsed;
}

/** A positive decimal number such as 20 or 0.5, up to `max`. */
export function readPositiveNumber(src: InputSource, name: string, fallback: number, max: number): number {
  const value = readString(src, name);
  if (value === '') return fallback;
  const parsed = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(parsed > 0 && parsed <= max)) {
    throw new InputError(name, `'${value}' is not a number above 0 and up to ${max}`, `Give a number such as 20 or 0.5, at most ${max}.`);
  }
  return parsed;
}

export function readChoice<T extends string>(
  src: InputSource,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = readString(src, name);
  if (value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, `'${value}' is not supported`, `Use one of: ${choices.join(', ')}.`);
}
