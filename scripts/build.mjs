// Bundles src/ into dist/index.js (the main step) and dist/post.js (the post step) that action.yml
// runs, plus the chunks they import on demand (what a run may not need: the cache client, the
// Alibaba Cloud client, the DNS providers it does not use), and dist/cli.js (the package's bin),
// with no node_modules beside them. Minified: parsing the bundle is most of the start-up time.
import { chmodSync, rmSync } from 'node:fs';
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

// Code the bundled libraries load but this action never calls, left out: acme-client's index loads
// its deprecated node-forge API (300 KB), axios's form-data the MIME database (130 KB), which only
// multipart uploads use, and @actions/core its OIDC client, which brings an HTTP stack (undici,
// 420 KB) into every start. Together a third of what a run used to parse and run before its work.
const UNUSED = [
  { module: /^\.\/crypto\/forge$/, importer: /node_modules\/acme-client\// },
  { module: /^mime-db$/, importer: /node_modules\/mime-types\// },
  {
    module: /^\.\/oidc-utils\.js$/,
    importer: /node_modules\/@actions\/core\//,
    contents: "export class OidcClient { static getIDToken() { throw new Error('core.getIDToken is not bundled'); } }",
  },
];
const leaveOutUnused = {
  name: 'leave-out-unused',
  setup(build) {
    UNUSED.forEach(({ module, importer }, index) => {
      build.onResolve({ filter: module }, (args) => (importer.test(args.importer) ? { path: String(index), namespace: 'unused' } : undefined));
    });
    build.onLoad({ filter: /.*/, namespace: 'unused' }, ({ path }) => ({ contents: UNUSED[Number(path)].contents ?? 'module.exports = {};' }));
  },
};

const common = {
  plugins: [leaveOutUnused],
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

// The steps share chunks, and each DNS provider is a chunk of its own (imported dynamically), so a
// run loads only the providers it uses. Chunk names carry content hashes: drop the last build's so
// no stale chunk is left to commit. The CLI stays one file: a package bin is copied alone.
rmSync('dist/chunks', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { index: 'src/index.ts', post: 'src/post.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
await build({ ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${banner}` } });
// npm makes a bin executable on install; a local build should run as ./dist/cli.js too.
chmodSync('dist/cli.js', 0o755);
