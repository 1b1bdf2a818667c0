// `npm run local-action`: GitHub's @github/local-action drives src/main.ts's run() (not dist/) with
// inputs from a .env file, here against the local test bed (pebble, the AliDNS double, an sshd +
// nginx host). Proves the toolkit layout: main.ts exports run() and does nothing on import.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../support/run-action.js';
import { runCommand } from '../support/run-cli.js';
import { startSshHosts, type TestNetwork } from '../support/ssh-host.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';

describe('@github/local-action', () => {
  let fx: CoreFixture;
  let network: TestNetwork;
  let scratch: string;

  before(async () => {
    fx = await startCoreFixture();
    network = await startSshHosts(1);
    scratch = mkdtempSync(join(tmpdir(), 'local-action-'));
  });
  after(async () => {
    await network.stop();
    await fx.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('runs src/main.ts from a .env file and deploys to the host', async () => {
    const host = network.hosts[0];
    const inputs: Record<string, string> = {
      ...fx.inputs(join(scratch, 'state')),
      ...network.actionInputs(),
      ...(host.reloadCommand ? { 'reload-command': host.reloadCommand } : {}),
      'verify-port': String(host.tlsPort),
    };
    const files = { GITHUB_OUTPUT: join(scratch, 'output'), GITHUB_STEP_SUMMARY: join(scratch, 'summary'), GITHUB_STATE: join(scratch, 'state-file') };
    for (const file of Object.values(files)) writeFileSync(file, '');
    const variables = {
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
      ...fx.credentials,
      ...files,
      RUNNER_TEMP: join(scratch, 'temp'),
    };
    const envFile = join(scratch, '.env');
    // dotenv: double-quoted values may span lines (the SSH key, known_hosts).
    writeFileSync(envFile, Object.entries(variables).map(([name, value]) => `${name}="${value.replace(/"/g, '\\"')}"`).join('\n') + '\n');

    const run = await runCommand(join(repoRoot, 'node_modules', '.bin', 'local-action'), ['run', repoRoot, 'src/main.ts', envFile], { cwd: repoRoot });
    // local-action prints its banner and the action's metadata first; what the action said follows.
    const log = (run.stdout + run.stderr).slice(run.stdout.indexOf('Running Action'));
    assert.equal(run.exitCode, 0, log);
    assert.ok(!log.includes('::error::'), log);
    // local-action's own toolkit prints outputs as set-output commands.
    const outputs = Object.fromEntries([...log.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)].map((match) => [match[1], match[2]]));
    assert.equal(outputs.result, 'issued', log);
    assert.deepEqual(JSON.parse(outputs['deployed-hosts']), [host.label]);
    await host.servesSerial(outputs.serial, 'example.com');
  });
});
