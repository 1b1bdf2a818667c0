import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { READMES, refreshActionYml, refreshReadme, repoRoot } from '../scripts/action-docs.js';

const actionYml = readFileSync(join(repoRoot, 'action.yml'), 'utf8');

it('action.yml declares the dns input and every provider’s inputs from the registry (run npm run docs)', () => {
  assert.equal(actionYml, refreshActionYml(actionYml), 'action.yml is stale: run npm run docs');
});

it('the READMEs’ input/output and provider reference match action.yml and the registry (run npm run docs)', () => {
  for (const name of READMES) {
    const readme = readFileSync(join(repoRoot, name), 'utf8');
    assert.equal(readme, refreshReadme(readme, actionYml), `${name} is stale: run npm run docs`);
  }
});
