// Drives the real lego CLI (Debian's 4.9.1) against a test Pebble, solving DNS-01 through
// pebble-challtestsrv, so tests can check that the action reads and writes lego's own state.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diesWithThisProcess, type Pebble } from './pebble.js';

export interface LegoOptions {
  pebble: Pebble;
  /** lego's `--path`: the folder holding `accounts/` and `certificates/`. */
  path: string;
  email: string;
  domains: string[];
  command: 'run' | 'renew';
  /** Options of the command itself, placed after it (e.g. `--reuse-key`, `--no-bundle`). */
  extraArgs?: string[];
  /** Global options, placed before the command. */
  globalArgs?: string[];
  /** Solve HTTP-01 by writing tokens to this folder (`--http --http.webroot`) instead of DNS-01. */
  httpWebroot?: string;
  /** `--key-type`: rsa2048, rsa4096, rsa8192, ec256 (lego's default), ec384. */
  keyType?: string;
  timeoutMs?: number;
}

export interface LegoRun {
  exitCode: number;
  /** stdout and stderr interleaved; lego logs to stderr. */
  output: string;
}

const LEGO = '/usr/bin/lego';

export async function runLego(options: LegoOptions): Promise<LegoRun> {
  const { pebble } = options;
  const scratch = mkdtempSync(join(tmpdir(), 'lego-run-'));
  try {
    const args = [
      '--server', pebble.directoryUrl,
      '--accept-tos',
      '--path', options.path,
      '--email', options.email,
      ...options.domains.flatMap((domain) => ['--domains', domain]),
      ...(options.httpWebroot
        ? ['--http', '--http.webroot', options.httpWebroot]
        : [
            '--dns', 'exec',
            '--dns.resolvers', pebble.challtestsrv.dnsAddress,
            // challtestsrv answers no SOA/NS queries, so lego cannot find authoritative servers to ask.
            '--dns.disable-cp',
          ]),
      ...(options.keyType ? ['--key-type', options.keyType] : []),
      ...(options.globalArgs ?? []),
      options.command,
      // Pebble issues 5-year certificates: only a huge --days makes renew act now, and without a
      // terminal lego would first sleep up to 8 minutes.
      ...(options.command === 'renew' ? ['--days', '100000', '--no-random-sleep'] : []),
      ...(options.extraArgs ?? []),
    ];
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (value !== undefined && !/^(LEGO_|EXEC_)/.test(name)) env[name] = value;
    }
    Object.assign(env, {
      // lego has nothing to keep in HOME; confine whatever it might write there.
      HOME: scratch,
      LEGO_CA_CERTIFICATES: pebble.caCertPath,
      EXEC_PATH: writeDnsHook(scratch, pebble.challtestsrv.managementUrl),
      // exec is a "sequential" provider: lego waits this long between names (60 s by default).
      EXEC_SEQUENCE_INTERVAL: '1',
      EXEC_PROPAGATION_TIMEOUT: '30',
      EXEC_POLLING_INTERVAL: '1',
    });
    return await run(LEGO, args, env, scratch, options.timeoutMs ?? 120_000);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The EXEC_PATH program: lego calls it as `present|cleanup FQDN VALUE` and it sets or clears the TXT
 * value at challtestsrv. Node, not curl, because node is certain to be on the machine.
 */
function writeDnsHook(dir: string, managementUrl: string): string {
  const script = join(dir, 'dns-hook.mjs');
  writeFileSync(script, `
const [action, fqdn, value] = process.argv.slice(2);
// challtestsrv only matches names written with the root dot.
const host = fqdn.endsWith('.') ? fqdn : fqdn + '.';
const route = { present: '/set-txt', cleanup: '/clear-txt' }[action];
if (!route) { console.error('dns hook: unknown action ' + action); process.exit(2); }
const body = action === 'present' ? { host, value } : { host };
const response = await fetch(${JSON.stringify(managementUrl)} + route, { method: 'POST', body: JSON.stringify(body) });
if (!response.ok) { console.error('dns hook: ' + route + ' answered ' + response.status); process.exit(1); }
console.log('dns hook: ' + action + ' ' + fqdn + ' ' + (value ?? ''));
`);
  const wrapper = join(dir, 'dns-hook');
  writeFileSync(wrapper, `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(script)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function run(command: string, args: string[], env: Record<string, string>, cwd: string, timeoutMs: number): Promise<LegoRun> {
  return new Promise((resolve) => {
    const child = spawn(...diesWithThisProcess(command, args), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n[lego killed after ${timeoutMs} ms]\n`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ exitCode: 127, output: `${output}${error.message}\n` });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? (signal ? 128 : 1), output });
    });
  });
}
