// Bundles src/ into dist/index.js (the main step) and dist/post.js (the post step) that action.yml
// runs, plus the chunks they import on demand (what a run may not need: the cache client, the
// Alibaba Cloud client), with no node_modules beside them. Minified: parsing the bundle is most of
// the start-up time.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

// The CJS parts of the bundle (ssh2, pop-core, acme-client) call require/__dirname; an ESM bundle
// has neither, so define them under names no bundled import can shadow. `var`, because some
// bundled modules declare their own `var __filename` at top level.
const banner = [
  "import { createRequire as __acmeDeployCreateRequire } from 'node:module';",
  "import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';",
  "import { dirname as __acmeDeployDirname } from 'node:path';",
  'var require = __acmeDeployCreateRequire(import.meta.url);',
  'var __filename = __acmeDeployFileURLToPath(import.meta.url);',
  'var __dirname = __acmeDeployDirname(__filename);',
].join('\n');

// Chunk names change with their content: drop the previous build's.
for (const name of readdirSync('dist')) if (name.startsWith('chunk-')) rmSync(join('dist', name));
await build({
  entryPoints: { index: 'src/main.ts', post: 'src/post.ts' },
  outdir: 'dist',
  // Chunks beside the entry: the banner's __dirname is then the same in all of them.
  chunkNames: 'chunk-[hash]',
  splitting: true,
  minify: true,
  // Error and class names stay readable in messages and stack traces.
  keepNames: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: banner },
  // ssh2 loads these optionally inside try/catch and falls back to pure JS.
  external: ['cpu-features', '*.node'],
  legalComments: 'none',
  logLevel: 'warning',
});
