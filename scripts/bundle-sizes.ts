// What each DNS provider adds to a run that selects it: its chunk plus the chunks it imports that the
// main step's start does not load. Printed by `npm run bench`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_IDS } from '../src/dns/providers/registry.js';

const IMPORT = /from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"|import\("\.\/([^"]+\.js)"\)/g;

/** Static imports of a chunk (files in dist/chunks), transitively. */
function closure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(dir, file), 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const target = match[1] ?? match[2];
    // Dynamic imports (match[3]) are other providers, loaded only when selected: not counted.
    if (target) closure(dir, target.replace(/^chunks\//, ''), seen);
  }
  return seen;
}

export function providerBundleSizes(distDir: string): Array<{ provider: string; bytes: number; shared: number }> {
  const chunks = join(distDir, 'chunks');
  const entryImports = new Set(
    [...readFileSync(join(distDir, 'index.js'), 'utf8').matchAll(/from\s*"\.\/chunks\/([^"]+\.js)"|import\s*"\.\/chunks\/([^"]+\.js)"/g)].flatMap((m) =>
      [...closure(chunks, (m[1] ?? m[2])!)],
    ),
  );
  const providers = readdirSync(chunks).filter((name) => PROVIDER_IDS.includes(name.replace(/-[A-Z0-9]+\.js$/, '')));
  const own = new Map(providers.map((name) => [name, [...closure(chunks, name)].filter((file) => !entryImports.has(file))]));
  return providers.map((name) => {
    const files = own.get(name)!;
    const shared = files.filter((file) => [...own].some(([other, list]) => other !== name && list.includes(file)));
    const size = (list: string[]) => list.reduce((sum, file) => sum + statSync(join(chunks, file)).size, 0);
    return { provider: name.replace(/-[A-Z0-9]+\.js$/, ''), bytes: size(files), shared: size(shared) };
  });
}
