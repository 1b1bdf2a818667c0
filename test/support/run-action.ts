// Runs the built action the way a GitHub runner does: `node dist/index.js` with INPUT_* variables and
// the GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, then hands back what it wrote.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const distEntry = join(repoRoot, 'dist', 'index.js');
/** The post step, which a runner runs after the main step even when it was cancelled or killed. */
export const distPostEntry = join(repoRoot, 'dist', 'post.js');

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Everything the action printed, both streams. */
  log: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
}

export interface RunOptions {
  inputs: Record<string, string>;
  env?: Record<string, string | undefined>;
  /** Defaults to dist/index.js of this checkout. */
  entry?: string;
  cwd?: string;
  timeoutMs?: number;
  /**
   * A resolv.conf for the action's system resolver: the action runs in a mount namespace of its
   * own where this file is /etc/resolv.conf (needs root), as a runner's resolver configuration.
   */
  resolvConf?: string;
}

/** Variables of the test process that must not leak into the action (CI sets some of them). */
const RUNNER_VARIABLES = /^(INPUT_|GITHUB_|ACTIONS_|RUNNER_|ALICLOUD_|ALIBABA_CLOUD_|LEGO_)/;

/** A run still going: the test can watch its log and signal it as a runner would. */
export interface RunningAction {
  readonly pid: number;
  /** Everything printed so far. */
  log(): string;
  /** The step state written so far (core.saveState), as the runner would pass it to the post step. */
  state(): Record<string, string>;
  kill(signal: NodeJS.Signals): void;
  readonly done: Promise<ActionRun>;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  return startAction(options).done;
}

/** Signals a run as a runner cancelling the job does; resolves with the run and how long it took to end. */
export async function interrupt(running: RunningAction, signal: NodeJS.Signals = 'SIGINT'): Promise<{ run: ActionRun; tookMs: number }> {
  const sent = Date.now();
  running.kill(signal);
  const run = await running.done;
  return { run, tookMs: Date.now() - sent };
}

/**
 * Runs the post step the way a runner does: same inputs and environment, and the main step's
 * GITHUB_STATE contents as STATE_<name> variables.
 */
export function runPostStep(options: RunOptions, mainState: Record<string, string>): Promise<ActionRun> {
  const state = Object.fromEntries(Object.entries(mainState).map(([name, value]) => [`STATE_${name}`, value]));
  return runAction({ ...options, entry: distPostEntry, env: { ...options.env, ...state } });
}

export function startAction(options: RunOptions): RunningAction {
  const files = mkdtempSync(join(tmpdir(), 'action-run-'));
  const outputFile = join(files, 'output');
  const stateFile = join(files, 'state');
  const summaryFile = join(files, 'summary');
  for (const file of [outputFile, stateFile, summaryFile]) writeFileSync(file, '');

  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !RUNNER_VARIABLES.test(name)) env[name] = value;
  }
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: join(files, 'runner-temp'),
  });
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  const node = [process.execPath, options.entry ?? distEntry];
  // unshare execs the shell and the shell execs node: the child's pid is node's, for signals. bash,
  // not sh: dash drops variables whose names are not identifiers, such as INPUT_ACCEPT-TOS.
  const [command, ...args] = options.resolvConf
    ? ['unshare', '-m', '--propagation', 'private', 'bash', '-c', 'mount --bind "$1" /etc/resolv.conf && shift && exec "$@"', 'bash', options.resolvConf, ...node]
    : node;
  const child = spawn(command, args, {
    cwd: options.cwd ?? files,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
    log += chunk;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
    log += chunk;
  });
  const timeoutMs = options.timeoutMs ?? 300_000;
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const done = new Promise<number>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  ).then((exitCode): ActionRun => {
    clearTimeout(timer);
    const run: ActionRun = {
      exitCode,
      stdout,
      stderr,
      log,
      outputs: parseCommandFile(readFileSync(outputFile, 'utf8')),
      state: parseCommandFile(readFileSync(stateFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
    };
    rmSync(files, { recursive: true, force: true });
    return run;
  });
  return {
    pid: child.pid ?? 0,
    log: () => log,
    state: () => parseCommandFile(readFileSync(stateFile, 'utf8')),
    kill: (signal) => child.kill(signal),
    done,
  };
}

/** Parses the `name<<DELIMITER\nvalue\nDELIMITER` records that @actions/core writes. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (match) {
      const [, name, delimiter] = match;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      values[name] = body.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      values[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return values;
}

/** Fails loudly with the action's log when a run did not succeed. */
export function assertSucceeded(run: ActionRun): void {
  if (run.exitCode !== 0) {
    throw new Error(`action exited ${run.exitCode}\n--- log ---\n${run.log}`);
  }
}
