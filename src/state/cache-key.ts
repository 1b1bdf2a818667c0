// Cache keys end with the time their entry was sealed, so that of several entries of one scope the
// newest sealed can be chosen from a key listing without downloading any. Keys of the earlier form
// `<prefix>-<scope>-<run>-<attempt>-<digest>` have no time and only restore as the newest created.

const SEALED_AT = /^\d+-\d+-[0-9a-f]+-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/;

/** `<scopePrefix><run>-<attempt>-<digest>-`: every entry one run attempt saves of one state. */
export function statePrefix(scopePrefix: string, runId: string, runAttempt: string, digest: string): string {
  return `${scopePrefix}${runId}-${runAttempt}-${digest}-`;
}

/** The state prefix with the seal time, UTC to the millisecond: `…-20250102T030405678Z`. */
export function entryKey(statePrefix: string, sealedAt: Date): string {
  return `${statePrefix}${sealedAt.toISOString().replace(/[-:.]/g, '')}`;
}

/** The seal time a key under `scopePrefix` names, or undefined for a key of the earlier form. */
export function sealedAtOfKey(key: string, scopePrefix: string): Date | undefined {
  if (!key.startsWith(scopePrefix)) return undefined;
  const match = SEALED_AT.exec(key.slice(scopePrefix.length));
  if (!match) return undefined;
  const [year, month, day, hour, minute, second, ms] = match.slice(1).map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
}

/** The key sealed last among those that name a seal time; a tie goes to the later key in text order. */
export function newestSealedKey(keys: readonly string[], scopePrefix: string): string | undefined {
  let newest: { key: string; time: number } | undefined;
  for (const key of keys) {
    const time = sealedAtOfKey(key, scopePrefix)?.getTime();
    if (time === undefined) continue;
    if (!newest || time > newest.time || (time === newest.time && key > newest.key)) newest = { key, time };
  }
  return newest?.key;
}
