// Bundles src/ into the single dist/index.js that action.yml runs, with no node_modules beside it.
import { chmodSync } from 'node:fs';
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
  // ssh2 loads these optionally inside try/catch and falls back to pure JS.
  external: ['cpu-features', '*.node'],
  legalComments: 'none',
  logLevel: 'warning',
};

// The action's entry, and the CLI on the same code (package.json bin).
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
await build({ ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${banner}` } });
// npm makes a bin executable on install; a local build should run as ./dist/cli.js too.
chmodSync('dist/cli.js', 0o755);
