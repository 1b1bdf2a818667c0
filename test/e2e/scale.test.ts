// The limits of a real certificate and a real fleet in one run through dist/: 100 names (the most a
// Let's Encrypt certificate holds) and 20 hosts. Not timed; it proves nothing breaks at that size.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { assertSucceeded } from '../support/run-action.js';
import { startFullFixture, type FullFixture } from './full-fixture.js';

const HOSTS = 20;
const NAMES = ['example.com', ...Array.from({ length: 99 }, (_, i) => `n${i + 1}.example.com`)];

let fx: FullFixture;
before(async () => {
  fx = await startFullFixture(HOSTS);
});
after(async () => {
  await fx?.stop();
});

it('issues one certificate for 100 names, deploys it to 20 hosts, then finds all 20 in sync', async () => {
  const first = await fx.run({ domains: NAMES.join(', ') });
  assertSucceeded(first);
  assert.equal(first.outputs.result, 'issued');
  assert.equal(JSON.parse(first.outputs['deployed-hosts']).length, HOSTS);
  assert.deepEqual(fx.core.txtRecords(), [], 'every challenge record removed');
  // Hundreds of requests and waits share the run's stop signal; Node must not take that for a leak.
  assert.doesNotMatch(first.log, /MaxListenersExceededWarning/);

  const served = await Promise.all(fx.network.hosts.map((host) => host.servesSerial(first.outputs.serial, 'example.com')));
  const altNames = served[0].subjectAltName?.split(', ').map((entry) => entry.replace(/^DNS:/, '')) ?? [];
  assert.deepEqual(altNames.sort(), [...NAMES].sort());

  fx.freshRunner();
  const second = await fx.run({ domains: NAMES.join(', ') });
  assertSucceeded(second);
  assert.equal(second.outputs.result, 'unchanged');
  assert.equal(JSON.parse(second.outputs['skipped-hosts']).length, HOSTS);
});
