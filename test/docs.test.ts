import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { READMES, refreshReadme, renderReference, repoRoot } from '../scripts/action-docs.js';

it('the READMEs’ input/output reference matches action.yml (run npm run docs)', () => {
  const reference = renderReference(readFileSync(join(repoRoot, 'action.yml'), 'utf8'));
  for (const name of READMES) {
    const readme = readFileSync(join(repoRoot, name), 'utf8');
    assert.equal(readme, refreshReadme(readme, reference), `${name} is stale: run npm run docs`);
  }
});
