// `acme-deploy-action` on a laptop, a bastion or a server's cron: the action's own run() with its
// inputs from flags, a YAML file or the environment, its log as plain text, state in a local folder
// (--path) and no Actions cache. Exit codes: 0 done, 1 the run failed, 2 bad input or usage.
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readRunConfig } from '../config/config.js';
import { InputError } from '../config/input-helper.js';
import { run } from '../main.js';
import { maskSecrets } from '../secrets.js';
import { readCliCall, UsageError, type ActionInput } from './cli-inputs.js';
import { PlainLog } from './plain-log.js';
import { summaryText } from './summary-text.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_BAD_INPUT = 2;

async function cli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const realWrite = process.stdout.write.bind(process.stdout);
  const out = (text: string) => void realWrite(text);
  const declared = (parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, ActionInput> }).inputs;

  let call;
  try {
    call = readCliCall(argv, env, declared);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out(`error: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  if (call.help) {
    out(usage(declared));
    return EXIT_OK;
  }
  if (call.inputs.cache && call.inputs.cache !== 'false') {
    out("error: Input 'cache': the CLI keeps state in the --path folder only; the Actions cache exists on a runner. Drop --cache.\n");
    return EXIT_BAD_INPUT;
  }

  const files = mkdtempSync(join(tmpdir(), 'acme-deploy-cli-'));
  const plain = new PlainLog({ verbose: call.verbose, write: out });
  // The toolkit writes workflow commands to stdout: everything passes through the plain-text log.
  process.stdout.write = ((chunk: string | Uint8Array) => {
    plain.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  try {
    for (const name of Object.keys(env)) if (name.startsWith('INPUT_')) delete env[name];
    for (const [name, value] of Object.entries({ ...call.inputs, cache: 'false' })) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    for (const [variable, file] of [['GITHUB_OUTPUT', 'output'], ['GITHUB_STATE', 'state'], ['GITHUB_STEP_SUMMARY', 'summary']]) {
      env[variable] = join(files, file);
      writeFileSync(env[variable], '');
    }

    const src = (name: string) => core.getInput(name);
    maskSecrets(src, env);
    try {
      // Checked here too so a bad input gets its own exit code; run() reads the same inputs again.
      await readRunConfig(src, env);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      plain.flush();
      out(plain.mask(`error: ${error.message}\n`));
      return EXIT_BAD_INPUT;
    }

    await run(env);
    plain.flush();
    const outputs = readFileSync(join(files, 'output'), 'utf8');
    const summary = summaryText(readFileSync(join(files, 'summary'), 'utf8'));
    if (summary) out(plain.mask(`${summary}\n`));
    if (outputs) out(plain.mask(`\nOutputs:\n${formatOutputs(outputs)}\n`));
    return process.exitCode === core.ExitCode.Failure ? EXIT_FAILED : EXIT_OK;
  } finally {
    process.stdout.write = realWrite;
    rmSync(files, { recursive: true, force: true });
  }
}

/** `name<<delimiter` records of the output file as `name: value` lines. */
function formatOutputs(text: string): string {
  const lines: string[] = [];
  const records = text.split('\n');
  for (let i = 0; i < records.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(records[i]);
    if (!match) continue;
    const body: string[] = [];
    for (i++; i < records.length && records[i] !== match[2]; i++) body.push(records[i]);
    lines.push(`  ${match[1]}: ${body.join('\n')}`);
  }
  return lines.join('\n');
}

function usage(declared: Record<string, ActionInput>): string {
  const lines = [
    'Usage: acme-deploy-action [--config FILE] [--INPUT VALUE ...] [--verbose]',
    '',
    'Runs the action locally: inputs as --flags, from a YAML file (--config, keys as in a step\'s with:)',
    'or from INPUT_* variables; flags win over the file, the file over the environment. Secrets',
    'only from the environment or a file (--ssh-private-key-file PATH). State lives in --path',
    '(default ~/.lego); the Actions cache is off. Exit codes: 0 done, 1 failed, 2 bad input.',
    '',
    'Inputs:',
  ];
  for (const [name, input] of Object.entries(declared)) {
    const summary = input.description.replace(/\s+/g, ' ').split(/(?<=\.) /)[0];
    lines.push(`  --${name}${input.default !== undefined ? ` (default ${input.default})` : ''}`, `      ${summary}`);
  }
  return `${lines.join('\n')}\n`;
}

cli(process.argv.slice(2), process.env).then(
  // HTTP keep-alive in the toolkit libraries can hold the event loop open: leave once done.
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(EXIT_FAILED);
  },
);
