// dist/ is all a runner has: the bundle must start from a folder with no node_modules.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    // The DNS providers are chunks loaded only when selected: each must load from the copy too.
    const chunks = readdirSync(join(folder, 'dist', 'chunks'));
    assert.ok(chunks.some((name) => name.startsWith('alidns-')), chunks.join(', '));
    for (const chunk of chunks) {
      execFileSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(`./dist/chunks/${chunk}`)})`], { cwd: folder, stdio: 'pipe' });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
