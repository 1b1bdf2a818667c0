// Runs a command of this checkout (dist/cli.js, local-action) the way a person runs it from a shell:
// arguments, an environment without the test process's runner variables, output captured.
import { spawn } from 'node:child_process';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const RUNNER_VARIABLES = /^(INPUT_|GITHUB_|ACTIONS_|RUNNER_|ALICLOUD_|ALIBABA_CLOUD_|LEGO_)/;

export async function runCommand(
  command: string,
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number } = {},
): Promise<CliRun> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !RUNNER_VARIABLES.test(name)) env[name] = value;
  }
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(command, args, { env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
  const exitCode = await new Promise<number>((done) => child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1))));
  clearTimeout(timer);
  return { exitCode, stdout, stderr };
}
