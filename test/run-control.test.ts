// The run's stop button and clock, without a child process: a fake process delivers the signals.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { RunStopped, startRunControl } from '../src/lifecycle/run-control.js';

const never = () => new Promise<never>(() => undefined);

function control(options: { timeoutMs?: number; signalGraceMs?: number; windDownMs?: number } = {}) {
  const proc = new EventEmitter();
  const exits: string[] = [];
  const run = startRunControl({
    timeoutMs: options.timeoutMs ?? 60_000,
    signalGraceMs: options.signalGraceMs ?? 1000,
    windDownMs: options.windDownMs ?? 50,
    forceExit: (reason) => exits.push(reason),
    process: proc as unknown as NodeJS.Process,
  });
  return { run, proc, exits };
}

describe('run control', () => {
  it('passes the work’s result and error through while the run is not stopped', async () => {
    const { run } = control();
    assert.equal(await run.guard(Promise.resolve(7)), 7);
    await assert.rejects(run.guard(Promise.reject(new Error('boom'))), /boom/);
    run.dispose();
  });

  it('on SIGINT aborts the signal, runs the stop hooks, and fails naming what the run waited for', async () => {
    const { run, proc } = control();
    const removed: string[] = [];
    run.onStop(async () => {
      removed.push('txt');
    });
    const work = run.guard(run.waitingFor('the TXT records to be served', never));
    proc.emit('SIGINT', 'SIGINT');
    assert.ok(run.signal.aborted);
    await assert.rejects(work, (error: unknown) => {
      assert.ok(error instanceof RunStopped);
      assert.match(error.message, /cancelled \(SIGINT\) while waiting for the TXT records to be served/);
      return true;
    });
    assert.deepEqual(removed, ['txt']);
    run.dispose();
    assert.equal(proc.listenerCount('SIGINT'), 0);
  });

  it('the stop’s reason wins over the error the aborted work fails with', async () => {
    const { run, proc } = control();
    const work = run.guard(
      new Promise((_, reject) => run.signal.addEventListener('abort', () => reject(new Error('AbortError: the operation was aborted')))),
    );
    proc.emit('SIGTERM', 'SIGTERM');
    await assert.rejects(work, /cancelled \(SIGTERM\)/);
    run.dispose();
  });

  it('fails with the stop even when the stopped work still returns a result', async () => {
    const { run, proc } = control();
    const work = run.guard(
      run.waitingFor('the deployment to the hosts', () => new Promise((resolve) => run.signal.addEventListener('abort', () => resolve(['rolled back'])))),
    );
    proc.emit('SIGINT', 'SIGINT');
    await assert.rejects(work, /cancelled \(SIGINT\) while waiting for the deployment to the hosts/);
    run.dispose();
  });

  it('stops at the timeout and names it', async () => {
    const { run } = control({ timeoutMs: 30 });
    await assert.rejects(run.guard(run.waitingFor('the CA', never)), /did not finish within 0\.03 s \(input timeout\); it was waiting for the CA/);
    run.dispose();
  });

  it('forces the exit when the clean-up overruns its grace', async () => {
    const { run, proc, exits } = control({ signalGraceMs: 30 });
    run.onStop(never);
    proc.emit('SIGINT', 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(exits.length, 1);
    assert.match(exits[0], /clean-up did not finish within 0\.03 s/);
    run.dispose();
  });
});
