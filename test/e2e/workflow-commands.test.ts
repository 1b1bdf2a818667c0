// Text from a host must not drive the runner. A compromised or merely careless host prints workflow
// commands in its SSH banner and its reload command's output; the runner obeys `::command::` at
// the start of a line and the legacy `##[command]` anywhere in one. The action's stdout must carry
// that text with every command broken.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { stringify } from 'yaml';
import { startFullFixture, type FullFixture } from './full-fixture.js';

const MASKED = 'example';
const PAYLOAD = [
  `::add-mask::${MASKED}`,
  `  ::error::injected by the host`,
  `::stop-commands::injected-token`,
  `host said ##[add-mask]${MASKED} and ##[error]injected legacy`,
].join('\n');

let fx: FullFixture;
before(async () => {
  fx = await startFullFixture(1, { banner: `Authorised users only\n${PAYLOAD}\n` });
});
after(async () => {
  await fx?.stop();
});

it('shows host banners and reload output with every workflow command neutralised', async () => {
  const [host] = fx.network.hosts;
  // Both forms on both streams, and a failure, so the output is quoted in the failure reason too.
  const script = `printf '%s\\n' ${shellWords(PAYLOAD)}; printf '%s\\r%s\\n' 'carriage' '::error::after a CR' >&2; printf '%s\\n' ${shellWords(PAYLOAD)} >&2; exit 3`;
  const hosts = stringify([{ host: host.ip, port: host.port, user: host.user, 'reload-command': script, 'verify-port': host.tlsPort }]);
  const run = await fx.run({ hosts }, { RUNNER_DEBUG: '1' });

  assert.notEqual(run.exitCode, 0, 'the deployment failed');
  assert.match(run.stdout, /banner:/, 'the banner is shown');
  assert.match(run.stdout, /## \[add-mask\]/, 'the legacy form is shown, broken');
  const lines = run.stdout.split(/\r\n|\r|\n/);
  for (const line of lines) {
    assert.ok(!line.includes('##['), `live legacy command: ${line}`);
    const command = /^\s*::([^:\s]+)[^:]*::(.*)$/.exec(line);
    if (!command) continue;
    const [, name, data] = command;
    assert.notEqual(name, 'stop-commands', `live command: ${line}`);
    assert.ok(!(name === 'add-mask' && data === MASKED), `live command: ${line}`);
    assert.ok(!data.startsWith('injected') && !data.startsWith('after a CR'), `live command: ${line}`);
  }
});

function shellWords(text: string): string {
  return text
    .split('\n')
    .map((line) => `'${line.replace(/'/g, `'\\''`)}'`)
    .join(' ');
}
