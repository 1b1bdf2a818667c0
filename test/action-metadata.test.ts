// action.yml is the public contract: it must be valid metadata, declare every input the code reads,
// and read none the code ignores.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { endpointInput } from '../src/dns/providers/definition.js';
import { PROVIDERS } from '../src/dns/providers/registry.js';
import { repoRoot } from './support/run-action.js';

const actionYml = readFileSync(join(repoRoot, 'action.yml'), 'utf8');
const action = parse(actionYml) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: Record<string, string> };
const validator = join(repoRoot, 'node_modules', '.bin', 'action-validator');

function validate(path: string): void {
  try {
    execFileSync(validator, [path], { stdio: 'pipe' });
  } catch (error) {
    assert.fail(`${path}:\n${(error as { stdout?: Buffer }).stdout?.toString()}`);
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('action metadata', () => {
  it('runs dist/index.js on node24', () => {
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/index.js');
  });

  it('passes action-validator, like every workflow and example', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'action-validator-'));
    try {
      // action-validator 0.6 predates node24 in its schema; everything else is checked as it is.
      const copy = join(scratch, 'action.yml');
      writeFileSync(copy, actionYml.replace('using: node24', 'using: node20'));
      validate(copy);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    for (const dir of ['.github/workflows', 'examples']) {
      for (const file of readdirSync(join(repoRoot, dir)).filter((name) => name.endsWith('.yml'))) {
        validate(join(repoRoot, dir, file));
      }
    }
  });

  it('lists every DNS provider of the registry in the dns input and declares its endpoint input', () => {
    for (const provider of PROVIDERS) {
      assert.match(String((action.inputs.dns as { description: string }).description), new RegExp(`\`${provider.id}\``));
      if (!provider.endpoint) continue;
      assert.deepEqual(action.inputs[endpointInput(provider)], {
        description: provider.endpoint.description,
        default: provider.endpoint.default,
      });
    }
  });

  it('declares exactly the inputs the code reads', () => {
    const read = new Set<string>();
    for (const file of sourceFiles(join(repoRoot, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bsrc(?:\([^)]*\))?, '([a-z0-9-]+)'|src\('([a-z0-9-]+)'\)/g)) {
        read.add(match[1] ?? match[2]);
      }
    }
    for (const name of readFileSync(join(repoRoot, 'src', 'secrets.ts'), 'utf8').match(/'[a-z]+(?:-[a-z]+)+'/g) ?? []) {
      read.add(name.slice(1, -1));
    }
    // Provider inputs are read by name from the registry, not spelt out in the code.
    for (const provider of PROVIDERS) if (provider.endpoint) read.add(endpointInput(provider));
    const declared = new Set(Object.keys(action.inputs));
    assert.deepEqual([...read].filter((name) => !declared.has(name)), [], 'read but not declared in action.yml');
    assert.deepEqual([...declared].filter((name) => !read.has(name)), [], 'declared in action.yml but never read');
  });
});
