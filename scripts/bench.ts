// `npm run bench`: speed and memory figures of the built action, printed, not asserted. Runs the
// bundle as a runner would against the local CA, DNS API, cache service and SSH hosts.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFullFixture } from '../test/e2e/full-fixture.js';
import { distEntry, repoRoot, runAction } from '../test/support/run-action.js';
import { providerBundleSizes } from './bundle-sizes.js';

const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
const rows: Array<[string, string, string]> = [];

async function measure(name: string, run: () => Promise<{ exitCode: number; log: string }>, expectExit = 0): Promise<void> {
  const rssFile = join(scratch, 'rss');
  process.env.BENCH_RSS_FILE = rssFile;
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  if (result.exitCode !== expectExit) throw new Error(`${name}: exit ${result.exitCode}\n${result.log}`);
  const rssKiB = Number(readFileSync(rssFile, 'utf8'));
  rows.push([name, `${ms.toFixed(0)} ms`, `${(rssKiB / 1024).toFixed(1)} MiB`]);
}

const preload = ['--import', join(repoRoot, 'scripts', 'bench-rss.mjs')];
const env = { NODE_OPTIONS: `${preload.join(' ')}` };

try {
  console.log(`dist/index.js: ${(statSync(distEntry).size / 1024 / 1024).toFixed(2)} MiB`);
  for (const { provider, bytes, shared } of providerBundleSizes(join(repoRoot, 'dist'))) {
    console.log(`  dns ${provider}: ${(bytes / 1024).toFixed(0)} KiB loaded when selected${shared ? ` (${(shared / 1024).toFixed(0)} KiB of it shared with another provider)` : ''}`);
  }
  for (let i = 1; i <= 3; i++) {
    await measure(`start-up to input validation (#${i})`, () =>
      runAction({ inputs: { domains: 'example.com', email: 'bad' }, env: { ...env, BENCH_RSS_FILE: join(scratch, 'rss') } }), 1);
  }

  const fixture = await startFullFixture(4);
  try {
    const run = (extra: Record<string, string> = {}) => () =>
      fixture.run(extra, { ...env, BENCH_RSS_FILE: join(scratch, 'rss') });
    await measure('issue apex + wildcard, deploy to 4 hosts, save cache', run());
    fixture.freshRunner();
    await measure('restore cache, unchanged, 4 hosts compared and skipped', run());
    await measure('force-renew, redeploy to 4 hosts', run({ 'force-renew': 'true' }));
    await measure('unchanged, no hosts (the common scheduled run)', run({ hosts: '' }));
  } finally {
    await fixture.stop();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'scenario'.padEnd(width)}  ${'wall'.padStart(9)}  ${'peak RSS'.padStart(10)}`);
for (const [name, ms, rss] of rows) console.log(`${name.padEnd(width)}  ${ms.padStart(9)}  ${rss.padStart(10)}`);
