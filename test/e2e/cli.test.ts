// The CLI (dist/cli.js) end to end against the local test bed: pebble, the AliDNS double and a real
// sshd + nginx host. Inputs from a YAML file, flags and the environment; a plain-text log; the
// documented exit codes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stringify } from 'yaml';
import { repoRoot } from '../support/run-action.js';
import { runCommand } from '../support/run-cli.js';
import { startSshHosts, type TestNetwork } from '../support/ssh-host.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';

const cli = join(repoRoot, 'dist', 'cli.js');

describe('the command-line interface', () => {
  let fx: CoreFixture;
  let network: TestNetwork;
  let scratch: string;
  let configPath: string;
  let keyPath: string;

  before(async () => {
    fx = await startCoreFixture();
    network = await startSshHosts(1);
    scratch = mkdtempSync(join(tmpdir(), 'cli-e2e-'));
    const host = network.hosts[0];
    const hostInputs = network.actionInputs();
    const { path: _path, cache: _cache, ...inputs } = fx.inputs('');
    configPath = join(scratch, 'acme-deploy.yml');
    // As a person writes it: the step's with: block, lists as YAML lists.
    writeFileSync(
      configPath,
      stringify({
        ...inputs,
        domains: ['example.com', '*.example.com'],
        hosts: [{ host: host.ip, port: host.port, user: host.user, ...(host.reloadCommand ? { 'reload-command': host.reloadCommand } : {}), 'verify-port': host.tlsPort }],
        'ssh-known-hosts': hostInputs['ssh-known-hosts'],
      }),
    );
    keyPath = join(scratch, 'deploy_key');
    writeFileSync(keyPath, hostInputs['ssh-private-key'], { mode: 0o600 });
  });
  after(async () => {
    await network.stop();
    await fx.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const runCli = (args: string[], env: Record<string, string> = fx.credentials) => runCommand(process.execPath, [cli, ...args], { env });

  it('issues and deploys from a config file, logging plain text with a line per phase', async () => {
    const state = join(scratch, 'state-1');
    const run = await runCli(['--config', configPath, '--path', state, '--ssh-private-key-file', keyPath]);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /^::/m, 'no workflow commands');
    for (const phase of ['Restore state', 'Certificate', 'Save state', 'Deploy']) {
      assert.match(run.stdout, new RegExp(`^\\[\\d\\d:\\d\\d:\\d\\d\\] ${phase}$`, 'm'));
    }
    assert.match(run.stdout, /^Certificate example\.com issued\n-+$/m, 'the summary, as text');
    assert.match(run.stdout, /^Outputs:\n {2}result: issued$/m);
    const serial = /^ {2}serial: ([0-9A-F]+)$/m.exec(run.stdout)?.[1];
    assert.ok(serial, run.stdout);
    await network.hosts[0].servesSerial(serial, 'example.com');
    // Secrets never appear: not the AliDNS secret, not a line of the SSH key.
    assert.ok(!run.stdout.includes(fx.credentials.ALICLOUD_SECRET_KEY));
    const keyLine = readFileSync(keyPath, 'utf8').split('\n')[1];
    assert.ok(!run.stdout.includes(keyLine));

    // Flags win over the file; boolean inputs take no value.
    const dry = await runCli(['--config', configPath, '--path', state, '--ssh-private-key-file', keyPath, '--force-renew', '--dry-run']);
    assert.equal(dry.exitCode, 0, dry.stdout + dry.stderr);
    assert.match(dry.stdout, /^Dry run: would renew certificate example\.com$/m);
  });

  it('reads inputs from INPUT_* like a runner, and exits 1 when the run fails', async () => {
    const state = join(scratch, 'state-2');
    const run = await runCli(['--path', state], {
      ...Object.fromEntries(Object.entries(fx.inputs(state)).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
      ALICLOUD_ACCESS_KEY: fx.credentials.ALICLOUD_ACCESS_KEY,
      ALICLOUD_SECRET_KEY: 'wrong-secret-value-123',
    });
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /^error: .*SignatureDoesNotMatch/m);
    assert.doesNotMatch(run.stdout, /^::/m);
    assert.ok(!run.stdout.includes('wrong-secret-value-123'));
  });

  it('exits 2 on bad input or usage, before any network call', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--config', configPath, '--key-type', 'dsa'], /^error: Input 'key-type': 'dsa' is not supported/m],
      [['--domains', 'example.com', '--email', 'ops@example.com', '--state-passphrase', 'hunter2hunter2'], /^error: --state-passphrase is a secret: give it as INPUT_STATE_PASSPHRASE in the environment or --state-passphrase-file PATH/m],
      [['--domain', 'example.com'], /^error: Unknown input 'domain' in the command line/m],
      [['--config', configPath, '--cache', 'true'], /^error: Input 'cache': the CLI keeps state in the --path folder only/m],
      [['--config', join(scratch, 'missing.yml')], /^error: Cannot read --config/m],
    ];
    const requestsBefore = fx.dns.requests.length;
    for (const [args, error] of cases) {
      const run = await runCli(args);
      assert.equal(run.exitCode, 2, `${args.join(' ')}\n${run.stdout}${run.stderr}`);
      assert.match(run.stdout, error);
    }
    assert.equal(fx.dns.requests.length, requestsBefore);
  });
});
