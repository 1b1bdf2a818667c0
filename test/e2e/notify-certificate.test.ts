// Notifications about the certificate itself — a renewal, a failed run — and a watch beside it,
// through dist/ against pebble, the AliDNS double and a stand-in webhook.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startNotifyServer, type NotifyServer } from '../doubles/notify-server.js';
import { startTestCa, type TestCa } from '../support/deploy-fixtures.js';
import { assertSucceeded } from '../support/run-action.js';
import { startTlsServer, type TlsEndpoint } from '../support/tls-server.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';

describe('notifications about the certificate', () => {
  let fx: CoreFixture;
  let chat: NotifyServer;
  let ca: TestCa;
  let endpoint: TlsEndpoint;

  before(async () => {
    fx = await startCoreFixture();
    chat = await startNotifyServer();
    ca = startTestCa();
    const leaf = ca.issue(['cdn.example.com'], 'cdn.example.com');
    endpoint = await startTlsServer(leaf.fullchainPem, leaf.keyPem ?? '');
  });
  after(async () => {
    await endpoint.stop();
    ca.stop();
    await chat.stop();
    await fx.stop();
  });

  it('a renewal notifies with the new certificate, and a watched endpoint is reported beside it', async () => {
    chat.delivered.length = 0;
    const state = fx.newStatePath();
    const run = await fx.run(
      fx.inputs(state, {
        notify: `${chat.urls.webhook}\nfeishu: ${chat.urls.feishu} secret=${chat.secrets.feishu}`,
        'notify-on': 'renewal',
        watch: `127.0.0.1:${endpoint.port} cdn.example.com`,
      }),
    );
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'issued');
    assert.deepEqual(chat.delivered.map((delivery) => delivery.kind).sort(), ['feishu', 'webhook'], JSON.stringify(chat.refused));
    const body = chat.delivered.find((delivery) => delivery.kind === 'webhook')?.body ?? {};
    assert.equal(body.result, 'issued');
    assert.deepEqual(body.names, ['example.com', '*.example.com']);
    assert.equal(body.serial, run.outputs.serial);
    assert.equal(body['not-after'], run.outputs['not-after']);
    assert.equal(body['days-left'], Number(run.outputs['days-left']));
    assert.deepEqual(body['failed-targets'], []);
    assert.match(run.summary, /Watched endpoints[\s\S]*cdn\.example\.com[\s\S]*deploy test CA/);

    // The next run changes nothing: no renewal, nothing expiring within 14 days, no message.
    chat.delivered.length = 0;
    const quiet = await fx.run(fx.inputs(state, { notify: chat.urls.webhook, 'notify-on': 'renewal' }));
    assertSucceeded(quiet);
    assert.equal(quiet.outputs.result, 'unchanged');
    assert.deepEqual(chat.delivered, []);
  });

  it('a failed run notifies with what went wrong, and still fails', async () => {
    chat.delivered.length = 0;
    const state = fx.newStatePath();
    const run = await fx.run(fx.inputs(state, { notify: `slack: ${chat.urls.slack}\n${chat.urls.webhook}` }), {
      ALICLOUD_SECRET_KEY: 'not-the-secret-key',
    });
    assert.equal(run.exitCode, 1, run.log);
    assert.deepEqual(chat.delivered.map((delivery) => delivery.kind).sort(), ['slack', 'webhook']);
    const body = chat.delivered.find((delivery) => delivery.kind === 'webhook')?.body ?? {};
    assert.equal(body.result, 'failed');
    assert.equal(body['certificate-name'], 'example.com');
    assert.match(String(body.problem), /SignatureDoesNotMatch|signature/i);
    assert.match(String(chat.delivered.find((delivery) => delivery.kind === 'slack')?.body.text), /^\*ACME deploy failed: certificate example\.com\*/);
  });
});
