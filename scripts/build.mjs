// Bundles src/ into dist/index.js (the main step) and dist/post.js (the post step) that action.yml
// runs, with no node_modules beside them, plus shared chunks and one chunk per DNS provider in
// dist/chunks/: providers are imported dynamically, so a run loads only the providers it uses.
import { rmSync } from 'node:fs';
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

// Chunk names carry content hashes: drop the last build's so no stale chunk is left to commit.
rmSync('dist/chunks', { recursive: true, force: true });

await build({
  entryPoints: { index: 'src/main.ts', post: 'src/post.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
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
