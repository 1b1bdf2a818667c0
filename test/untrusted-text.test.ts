// Text from hosts and servers cannot start a workflow command in any form the runner obeys.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { untrustedLine, untrustedLines } from '../src/util/untrusted-text.js';

it('breaks `::` at the start of any line, blanks before it included, and keeps the rest readable', () => {
  assert.equal(untrustedLines('::add-mask::x\n  ::error::y\r::stop-commands::t\r\nok :: fine'), ': :add-mask::x\n  : :error::y\n: :stop-commands::t\nok :: fine');
});

it('breaks the legacy ##[command] form anywhere in a line', () => {
  assert.equal(untrustedLines('a ##[add-mask]x ##[error]y'), 'a ## [add-mask]x ## [error]y');
});

it('keeps a quoted text on one line, CR and LF shown escaped', () => {
  assert.equal(untrustedLine('first\r::error::second\nthird'), 'first\\r::error::second\\nthird');
  assert.equal(untrustedLine('::warning::x'), ': :warning::x');
});
