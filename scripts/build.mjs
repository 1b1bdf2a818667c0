// Bundles src/ into dist/index.js (the main step) and dist/post.js (the post step) that action.yml
// runs, plus the chunks they import on demand (what a run may not need: the cache client, the
// Alibaba Cloud client), and dist/cli.js (the package's bin), with no node_modules beside them.
// Minified: parsing the bundle is most of the start-up time.
import { chmodSync, readdirSync, rmSync } from 'node:fs';
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

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: banner },
  minify: true,
  // Error and class names stay readable in messages and stack traces.
  keepNames: true,
  // ssh2 loads these optionally inside try/catch and falls back to pure JS.
  external: ['cpu-features', '*.node'],
  legalComments: 'none',
  logLevel: 'warning',
};

// Chunk names change with their content: drop the previous build's.
for (const name of readdirSync('dist')) if (name.startsWith('chunk-')) rmSync(join('dist', name));
await build({
  ...common,
  entryPoints: { index: 'src/index.ts', post: 'src/post.ts' },
  outdir: 'dist',
  splitting: true,
  // Chunks beside the entries: the banner's __dirname is then the same in all of them.
  chunkNames: 'chunk-[hash]',
});
await build({ ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${banner}` } });
// npm makes a bin executable on install; a local build should run as ./dist/cli.js too.
chmodSync('dist/cli.js', 0o755);
