import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settleAll } from '../src/util/settle-all.js';

/** A step the test settles by hand. */
function step(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('settleAll', () => {
  it('gives every value when all steps succeed', async () => {
    assert.deepEqual(await settleAll<[number, string]>([Promise.resolve(1), Promise.resolve('two')]), [1, 'two']);
  });

  it('fails with the failure that came first in time, not first in the list, once every step settled', async () => {
    const takenDown = step();
    const slow = step();
    let outcome: unknown;
    const settling = settleAll([takenDown.promise, Promise.reject(new Error('the stuck request')), slow.promise]).catch((error: unknown) => {
      outcome = error;
    });
    await turn();
    takenDown.reject(new Error('taken down with it'));
    await turn();
    assert.equal(outcome, undefined, 'it still waits for the slow step');
    slow.resolve();
    await settling;
    assert.match(String(outcome), /the stuck request/);
  });
});
