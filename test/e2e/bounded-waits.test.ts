// Nothing the run waits for can hold it forever: a CA that stops answering mid-order, and a host
// whose SFTP server blocks (a FIFO at the target path, or the server stopped mid-upload), each fail
// within their bound, with a message that names what stalled, and leave nothing behind.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startAliDnsServer } from '../doubles/alidns-server.js';
import { waitFor } from '../support/ports.js';
import { interrupt, startAction } from '../support/run-action.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET, ZONES } from './core-fixture.js';
import { startFullFixture, type FullFixture } from './full-fixture.js';

let fx: FullFixture;
before(async () => {
  fx = await startFullFixture(2, { freezableSftp: true });
});
after(async () => {
  await fx?.stop();
});

describe('bounded waits', () => {
  it('a CA that stops answering mid-order fails the run within acme-timeout, naming the request and the step', async () => {
    const pebble = new URL(fx.core.pebble.directoryUrl);
    const proxy = await startTcpProxy({ host: pebble.hostname, port: Number(pebble.port) });
    // Records reach DNS 1.5 s after they are added: time to stall the CA before the challenge is answered.
    const dns = await startAliDnsServer({
      accessKeys: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET },
      zones: ZONES,
      challtestsrv: { managementUrl: fx.core.pebble.challtestsrv.managementUrl },
      propagationDelayMs: 1500,
    });
    try {
      fx.freshRunner();
      // pebble builds its URLs from the Host header, so the whole order goes through the proxy.
      const directory = `https://127.0.0.1:${proxy.port}${pebble.pathname}`;
      const started = Date.now();
      const running = startAction({
        inputs: fx.inputs({ server: directory, 'alidns-endpoint': dns.endpoint, 'acme-timeout': '2', hosts: '', cache: 'false' }),
        env: fx.core.credentials,
        timeoutMs: 90_000,
      });
      await waitFor(() => dns.requests.some((request) => request.Action === 'AddDomainRecord'), {
        timeoutMs: 60_000,
        what: 'the order to reach its DNS challenge',
      });
      proxy.stall();
      const run = await running.done;
      const took = Date.now() - started;

      assert.notEqual(run.exitCode, 0);
      assert.ok(took < 30_000, `took ${took} ms`);
      assert.match(
        run.log,
        new RegExp(`Answering the challenge: ACME request (GET|POST) https://127\\.0\\.0\\.1:${proxy.port}/\\S+ got no answer within 2 s`),
      );
      assert.deepEqual(dns.records().filter((record) => record.Type === 'TXT'), [], 'no TXT record left');
    } finally {
      await dns.stop();
      await proxy.stop();
    }
  });

  it('a host whose SFTP server blocks (FIFO at the target path) fails within ssh-timeout; the other is deployed', async () => {
    const [good, stuck] = fx.network.hosts;
    const original = await stuck.readFile(stuck.certPath);
    await stuck.exec(`rm -f '${stuck.certPath}' && mkfifo '${stuck.certPath}'`);
    try {
      fx.freshRunner();
      const started = Date.now();
      const run = await startAction({
        inputs: fx.inputs({ 'ssh-timeout': '3', cache: 'false' }),
        env: fx.core.credentials,
        timeoutMs: 90_000,
      }).done;
      const took = Date.now() - started;

      assert.equal(run.outputs.result, 'issued', run.log);
      assert.deepEqual(JSON.parse(run.outputs['deployed-hosts']), [good.label]);
      assert.deepEqual(JSON.parse(run.outputs['failed-hosts']), [stuck.label]);
      // The deployment's own failure names the stuck request, not a request the dropped connection took down with it.
      const label = stuck.label.replace(/\./g, '\\.');
      assert.match(run.log, new RegExp(`${label}: failed: cannot read ${stuck.certPath}: no answer from the SFTP server on ${label} within 3 s \\(ssh-timeout\\)`));
      assert.ok(took < 40_000, `took ${took} ms`);
      const left = await stuck.exec(`find '${stuck.acmeDir}' -name '*.tmp' -o -name '*.old'`);
      assert.equal(left.stdout, '', 'no temporary file left');
      assert.equal((await stuck.exec(`test -p '${stuck.certPath}'`)).code, 0, 'the stuck host is untouched');
    } finally {
      await stuck.exec(`rm -f '${stuck.certPath}'`);
      await stuck.writeFile(stuck.certPath, original, 0o644);
    }
  });

  it('a host whose SFTP server stops mid-upload fails within ssh-timeout, keeps its old files and gets no temporary file', async () => {
    const [good, frozen] = fx.network.hosts;
    const before = { cert: await frozen.readFile(frozen.certPath), key: await frozen.readFile(frozen.keyPath) };
    await frozen.freezeSftpOnNextWrite();
    fx.freshRunner();
    const started = Date.now();
    const run = await startAction({
      // A new certificate, whatever the hosts hold after the tests before: both hosts are written to.
      inputs: fx.inputs({ 'ssh-timeout': '3', cache: 'false', 'force-renew': 'true' }),
      env: fx.core.credentials,
      timeoutMs: 90_000,
    }).done;
    const took = Date.now() - started;

    const pid = frozen.frozenSftpPid();
    assert.ok(pid, 'the SFTP server was stopped mid-upload');
    assert.match(readFileSync(`/proc/${pid}/stat`, 'utf8'), /^\d+ \([^)]*\) T /, 'and is still stopped');
    assert.deepEqual(JSON.parse(run.outputs['deployed-hosts']), [good.label], run.log);
    assert.deepEqual(JSON.parse(run.outputs['failed-hosts']), [frozen.label]);
    // The requests on the staged file go out together: the first the stopped server left unanswered is named.
    assert.match(run.log, /cannot (?:set the mode of|write) \S+\.tmp: no answer from the SFTP server on \S+ within 3 s \(ssh-timeout\)/);
    assert.ok(took < 40_000, `took ${took} ms`);
    const left = await frozen.exec(`find '${frozen.acmeDir}' -name '*.tmp' -o -name '*.old'`);
    assert.equal(left.stdout, '', 'the temporary file was removed over a new connection');
    assert.deepEqual(await frozen.readFile(frozen.certPath), before.cert);
    assert.deepEqual(await frozen.readFile(frozen.keyPath), before.key);
  });

  it('SIGINT during a stuck upload: the host keeps its old files, loses the temporary one, and the run ends within 5 s', async () => {
    const [good, frozen] = fx.network.hosts;
    const before = { cert: await frozen.readFile(frozen.certPath), key: await frozen.readFile(frozen.keyPath) };
    await frozen.freezeSftpOnNextWrite();
    fx.freshRunner();
    const running = startAction({
      inputs: fx.inputs({ 'ssh-timeout': '60', cache: 'false', 'force-renew': 'true' }),
      env: fx.core.credentials,
      timeoutMs: 90_000,
    });
    await waitFor(() => frozen.frozenSftpPid() !== undefined, { timeoutMs: 60_000, what: 'the upload to freeze' });
    const { run, tookMs } = await interrupt(running);

    assert.notEqual(run.exitCode, 0);
    assert.ok(tookMs < 5000, `exited ${tookMs} ms after SIGINT`);
    assert.match(run.log, /cancelled \(SIGINT\) while waiting for the deployment to the hosts/);
    for (const host of [good, frozen]) {
      const left = await host.exec(`find '${host.acmeDir}' -name '*.tmp' -o -name '*.old'`);
      assert.equal(left.stdout, '', `no temporary file left on ${host.name}`);
    }
    assert.deepEqual(await frozen.readFile(frozen.certPath), before.cert);
    assert.deepEqual(await frozen.readFile(frozen.keyPath), before.key);
  });
});
