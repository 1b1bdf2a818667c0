// The run's clock and its stop button. A runner cancels a job by sending SIGINT, SIGTERM 7.5 s
// later and SIGKILL 2.5 s after that; the `timeout` input stops a run that waits too long. Either
// way the work is told through one AbortSignal, the clean-up hooks run (TXT records removed), and
// the caller gets an error naming what the run was waiting for, in time to save state and report.
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

/** Why a run stopped early: cancelled by the runner, or past its `timeout`. */
export class RunStopped extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunStopped';
  }
}

export interface RunControl {
  /** Aborted when the run must stop; its reason is a RunStopped. */
  readonly signal: AbortSignal;
  /** Names what the run waits for while `work` runs, so that a stop can say so. */
  waitingFor<T>(what: string, work: () => Promise<T>): Promise<T>;
  /** Runs `hook` as soon as the run stops (at once if it already has); stop() awaits it. */
  onStop(hook: () => Promise<void>): void;
  /**
   * Resolves with `work`, or once the run stops: lets the work wind down for a moment, awaits the
   * stop hooks, then rejects with the RunStopped.
   */
  guard<T>(work: Promise<T>): Promise<T>;
  dispose(): void;
}

export interface RunControlOptions {
  timeoutMs: number;
  /** Called for a stop the run cannot finish in time: the process must end now. */
  forceExit(reason: string): void;
  /** How long a signalled run may take to clean up; the runner kills it 10 s after SIGINT. */
  signalGraceMs?: number;
  /** How long a run past its `timeout` may take to clean up. */
  timeoutGraceMs?: number;
  /** How long stopped work may take to settle before the stop hooks are awaited. */
  windDownMs?: number;
  process?: Pick<NodeJS.Process, 'on' | 'off'>;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function startRunControl(options: RunControlOptions): RunControl {
  const { signalGraceMs = 4500, timeoutGraceMs = 30_000, windDownMs = 2000 } = options;
  const proc = options.process ?? process;
  const controller = new AbortController();
  // Every request and wait of the run listens to this one signal: an order for 50 names has
  // hundreds at once, which is no leak (Node would warn past 10).
  setMaxListeners(0, controller.signal);
  const waits: string[] = [];
  const hooks: Array<() => Promise<void>> = [];
  let hooksDone: Promise<void> | undefined;
  let forceTimer: NodeJS.Timeout | undefined;

  const waitingOn = () => (waits.length > 0 ? waits.join('; ') : 'the next step');
  const runHooks = () => (hooksDone ??= Promise.allSettled(hooks.map((hook) => hook())).then(() => undefined));
  const stop = (message: string, graceMs: number) => {
    if (controller.signal.aborted) return;
    controller.abort(new RunStopped(message));
    void runHooks();
    forceTimer = setTimeout(() => options.forceExit(`${message}; clean-up did not finish within ${graceMs / 1000} s`), graceMs);
    forceTimer.unref();
  };

  const onSignal = (name: NodeJS.Signals) =>
    stop(`The run was cancelled (${name}) while waiting for ${waitingOn()}`, signalGraceMs);
  for (const name of SIGNALS) proc.on(name, onSignal);
  const deadline = setTimeout(
    () => stop(`The run did not finish within ${minutes(options.timeoutMs)} (input timeout); it was waiting for ${waitingOn()}`, timeoutGraceMs),
    options.timeoutMs,
  );
  deadline.unref();

  return {
    signal: controller.signal,
    async waitingFor(what, work) {
      waits.push(what);
      try {
        return await work();
      } finally {
        waits.splice(waits.indexOf(what), 1);
      }
    },
    onStop(hook) {
      hooks.push(hook);
      if (controller.signal.aborted) hooksDone = Promise.all([hooksDone, hook()]).then(() => undefined);
    },
    guard(work) {
      const stopped = new Promise<never>((_, reject) => {
        const onAbort = async () => {
          // Work that heeds the signal puts its hosts back in order before it settles.
          await Promise.race([work.then(noop, noop), sleep(windDownMs)]);
          await runHooks();
          reject(controller.signal.reason);
        };
        if (controller.signal.aborted) void onAbort();
        else controller.signal.addEventListener('abort', () => void onAbort(), { once: true });
      });
      // A stop after the work finished concerns the next guard, not this one.
      stopped.catch(noop);
      // Once stopped, the stop's error wins over whatever the aborted work ended with: failing, or
      // finishing cut short (a deployment whose hosts were put back still returns their results).
      return Promise.race([
        work.then(
          (value) => (controller.signal.aborted ? stopped : value),
          (error: unknown) => {
            if (controller.signal.aborted) return stopped;
            throw error;
          },
        ),
        stopped,
      ]);
    },
    dispose() {
      clearTimeout(deadline);
      clearTimeout(forceTimer);
      for (const name of SIGNALS) proc.off(name, onSignal);
    },
  };
}

/** As the input is given: minutes, with up to two decimals (seconds for a bound that small). */
function minutes(ms: number): string {
  const value = Number((ms / 60_000).toFixed(2));
  return value > 0 ? `${value} min` : `${ms / 1000} s`;
}

function noop(): void {}
