import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retry } from '../src/util/retry.js';

const fast = { minDelayMs: 1, maxDelayMs: 4 };

describe('retry', () => {
  it('retries a transient failure and returns the first success', async () => {
    const tries: number[] = [];
    const result = await retry(
      async (attempt) => {
        tries.push(attempt);
        if (attempt < 3) throw new Error('busy');
        return 'done';
      },
      { ...fast, attempts: 5, shouldRetry: () => true },
    );
    assert.equal(result, 'done');
    assert.deepEqual(tries, [1, 2, 3]);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await assert.rejects(
      retry(
        async (attempt) => {
          calls++;
          throw new Error(`busy ${attempt}`);
        },
        { ...fast, attempts: 3, shouldRetry: () => true },
      ),
      /busy 3/,
    );
    assert.equal(calls, 3);
  });

  it('fails at once on an error that shouldRetry refuses', async () => {
    let calls = 0;
    await assert.rejects(
      retry(
        async () => {
          calls++;
          throw new Error('bad key');
        },
        { ...fast, attempts: 5, shouldRetry: (error) => (error as Error).message !== 'bad key' },
      ),
      /bad key/,
    );
    assert.equal(calls, 1);
  });

  it('backs off exponentially, jittered, never beyond maxDelayMs', async () => {
    const delays: number[] = [];
    await assert.rejects(
      retry(
        async () => {
          throw new Error('busy');
        },
        { attempts: 6, minDelayMs: 4, maxDelayMs: 20, shouldRetry: () => true, onRetry: (_e, _a, delayMs) => delays.push(delayMs) },
      ),
    );
    const ceilings = [4, 8, 16, 20, 20];
    assert.equal(delays.length, ceilings.length);
    delays.forEach((delay, index) => {
      assert.ok(delay >= ceilings[index] / 2 && delay <= ceilings[index], `delay ${delay} for try ${index + 1}`);
    });
  });
});
