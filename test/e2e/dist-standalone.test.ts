// dist/ is all a runner has: the bundle must start from a folder with no node_modules.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { it } from 'node:test';
import { repoRoot, runAction } from '../support/run-action.js';

it('runs from a copy of action.yml and dist/ alone', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'dist-only-'));
  try {
    cpSync(join(repoRoot, 'action.yml'), join(folder, 'action.yml'));
    cpSync(join(repoRoot, 'dist'), join(folder, 'dist'), { recursive: true });
    const run = await runAction({
      entry: join(folder, 'dist', 'index.js'),
      cwd: folder,
      inputs: { domains: 'example.com', email: 'not-an-address' },
    });
    // Reaching input validation means every bundled module loaded; the error is the expected one.
    assert.equal(run.exitCode, 1, run.log);
    assert.match(run.stdout, /::error::Input 'email': 'not-an-address' is not an e-mail address/);
    assert.doesNotMatch(run.log, /Cannot find (module|package)|ERR_MODULE_NOT_FOUND/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

it('every chunk that the entry loads on demand also loads from the copy', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'dist-only-'));
  try {
    cpSync(join(repoRoot, 'dist'), join(folder, 'dist'), { recursive: true });
    const chunks = readdirSync(join(folder, 'dist')).filter((name) => name.startsWith('chunk-') && name.endsWith('.js'));
    // The cache client and the Alibaba Cloud client at least are split off the entry.
    assert.ok(chunks.length >= 2, `chunks: ${chunks.join(', ')}`);
    const urls = chunks.map((name) => pathToFileURL(join(folder, 'dist', name)).href);
    const loaded = spawnSync(process.execPath, ['--input-type=module', '-e', `for (const url of ${JSON.stringify(urls)}) await import(url);`], {
      cwd: folder,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    assert.equal(loaded.status, 0, loaded.stderr);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
