// Notifications and the watch of served certificates, through dist/ as a runner runs it, against
// local stand-ins of each chat service that check signatures and message shapes like the real ones.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startNotifyServer, type Kind, type NotifyServer } from '../doubles/notify-server.js';
import { startTestCa, type TestCa } from '../support/deploy-fixtures.js';
import { freePort } from '../support/ports.js';
import { runAction } from '../support/run-action.js';
import { startTlsServer, type TlsEndpoint } from '../support/tls-server.js';

const KINDS: Kind[] = ['dingtalk', 'wecom', 'feishu', 'slack', 'webhook'];

describe('notifications and watch', () => {
  let ca: TestCa;
  let endpoint: TlsEndpoint;
  let chat: NotifyServer;

  before(async () => {
    ca = startTestCa();
    // The test CA's leaves are valid for 20 days.
    const leaf = ca.issue(['www.example.com', 'example.com'], 'www.example.com');
    endpoint = await startTlsServer(leaf.fullchainPem, leaf.keyPem ?? '');
    chat = await startNotifyServer();
  });
  after(async () => {
    await chat.stop();
    await endpoint.stop();
    ca.stop();
  });

  function notifyInput(kinds: Kind[] = KINDS): string {
    return kinds
      .map((kind) => {
        if (kind === 'dingtalk') return `dingtalk: ${chat.urls.dingtalk} secret=${chat.secrets.dingtalk}`;
        if (kind === 'feishu') return `feishu: ${chat.urls.feishu} secret=${chat.secrets.feishu}`;
        // A bare URL is the generic webhook.
        return kind === 'webhook' ? chat.urls.webhook : `${kind}: ${chat.urls[kind]}`;
      })
      .join('\n');
  }

  function assertNoSecretIn(log: string): void {
    assert.ok(log.includes(`::add-mask::${chat.secrets.dingtalk}`) || !log.includes('dingtalk'), 'secrets are registered with the runner');
    log = log.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    for (const secret of [...Object.values(chat.urls), chat.secrets.dingtalk, chat.secrets.feishu]) {
      assert.ok(!log.includes(secret), `log reveals ${secret}`);
    }
    for (const url of Object.values(chat.urls)) {
      const { pathname, search } = new URL(url);
      assert.ok(!log.includes(pathname + search), `log reveals ${pathname + search}`);
    }
  }

  it('with only watch, reports the served certificate and notifies every kind that it expires soon, with no ACME or DNS call', async () => {
    chat.delivered.length = 0;
    const run = await runAction({
      inputs: {
        watch: `127.0.0.1:${endpoint.port} www.example.com`,
        notify: notifyInput(),
        'notify-on': 'expiring',
        'notify-expiring-days': '30',
      },
    });
    assert.equal(run.exitCode, 0, run.log);
    // No server, email or credentials were given: reaching the end proves no ACME or DNS call was made.
    assert.match(run.summary, /Watched endpoints/);
    assert.match(run.summary, /www\.example\.com, example\.com/);
    assert.match(run.summary, /deploy test CA/);
    assert.match(run.stdout, /::warning::Watched 127\.0\.0\.1:\d+ \(www\.example\.com\) serves a certificate that expires in 19 days/);
    assert.deepEqual(endpoint.servernames.at(-1), 'www.example.com');
    assert.deepEqual(chat.delivered.map((delivery) => delivery.kind).sort(), [...KINDS].sort(), JSON.stringify(chat.refused));

    const by = (kind: Kind) => chat.delivered.find((delivery) => delivery.kind === kind)?.body as Record<string, any>;
    assert.equal(by('dingtalk').msgtype, 'markdown');
    assert.match(by('dingtalk').markdown.text, /Expiring: .* in 19 days/);
    assert.equal(by('wecom').msgtype, 'markdown');
    assert.match(by('wecom').markdown.content, /Expiring: 127\.0\.0\.1:\d+ \(www\.example\.com\) in 19 days/);
    assert.equal(by('feishu').msg_type, 'text');
    assert.match(by('slack').text, /^\*ACME deploy: 1 certificate\(s\) expire within 30 days\*/);
    const webhook = by('webhook');
    assert.equal(webhook.result, 'monitored');
    assert.deepEqual(webhook['failed-targets'], []);
    assert.equal(webhook.certificates[0]['days-left'], 19);
    assertNoSecretIn(run.log);
  });

  it('by default notifies failures only: an expiring served certificate warns without a message', async () => {
    chat.delivered.length = 0;
    const run = await runAction({
      inputs: { watch: `127.0.0.1:${endpoint.port}`, notify: notifyInput(['webhook']), 'notify-expiring-days': '30' },
    });
    assert.equal(run.exitCode, 0, run.log);
    assert.match(run.stdout, /::warning::Watched 127\.0\.0\.1:\d+ serves a certificate that expires in 19 days/);
    assert.deepEqual(chat.delivered, []);
  });

  it('an unreachable watched endpoint is a failure worth a message; a refused delivery is retried once', async () => {
    chat.delivered.length = 0;
    const closed = await freePort();
    chat.failNext(1);
    const run = await runAction({
      inputs: { watch: `127.0.0.1:${closed}\n127.0.0.1:${endpoint.port}`, notify: notifyInput(['webhook']) },
      env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/site', GITHUB_RUN_ID: '42' },
    });
    assert.equal(run.exitCode, 0, run.log);
    assert.match(run.stdout, new RegExp(`::warning::Watched 127\\.0\\.0\\.1:${closed}: TLS to 127\\.0\\.0\\.1:${closed}: .*ECONNREFUSED`));
    assert.equal(chat.delivered.length, 1);
    const body = chat.delivered[0].body;
    assert.deepEqual(body['failed-targets'], [`127.0.0.1:${closed}`]);
    assert.equal(body['run-url'], 'https://github.com/octo/site/actions/runs/42');
    assert.match(run.summary, /unreachable/);
  });

  it('a notification that cannot be delivered is a warning, bounded in time, never a failed run', async () => {
    const dead = await freePort();
    chat.failNext(2, 'hang');
    const started = Date.now();
    const run = await runAction({
      inputs: {
        watch: `127.0.0.1:${endpoint.port}`,
        notify: `webhook: http://127.0.0.1:${dead}/hooks/abcdefgh12345678\nslack: ${chat.urls.slack}`,
        'notify-on': 'always',
      },
    });
    const elapsed = Date.now() - started;
    assert.equal(run.exitCode, 0, run.log);
    assert.match(run.stdout, /::warning::Could not notify webhook \(127\.0\.0\.1:\d+\): fetch failed \(.*ECONNREFUSED/);
    assert.match(run.stdout, /::warning::Could not notify slack \(127\.0\.0\.1:\d+\): no answer within 10 s/);
    // Two attempts of at most 10 s each, a pause of 1 s, and the start of node.
    assert.ok(elapsed < 28_000, `took ${elapsed} ms`);
    assertNoSecretIn(run.log);
  });

  it('a wrong signing secret is refused by the service and reported as a warning', async () => {
    chat.delivered.length = 0;
    chat.refused.length = 0;
    const run = await runAction({
      inputs: {
        watch: `127.0.0.1:${endpoint.port}`,
        notify: `dingtalk: ${chat.urls.dingtalk} secret=SECwrongwrongwrong\nfeishu: ${chat.urls.feishu} secret=wrongwrongwrong`,
        'notify-on': 'always',
      },
    });
    assert.equal(run.exitCode, 0, run.log);
    assert.match(run.stdout, /::warning::Could not notify dingtalk \(127\.0\.0\.1:\d+\): error 310000: sign not match/);
    assert.match(run.stdout, /::warning::Could not notify feishu \(127\.0\.0\.1:\d+\): error 19021: sign match fail/);
    assert.equal(chat.refused.length, 4, 'each refused once and retried once');
    assert.deepEqual(chat.delivered, []);
  });

  it('bad notify and watch inputs stop the run before any network call, naming the input', async () => {
    chat.delivered.length = 0;
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ watch: 'a.example:443', notify: 'teams: https://example.com/x' }, /::error::Input 'notify': a line is not 'kind: url'/],
      [{ watch: 'a.example:443', notify: 'slack: http://hooks.example.com/x' }, /::error::Input 'notify': .* does not use https/],
      [{ watch: 'a.example:443', notify: `slack: ${chat.urls.slack} secret=abcdefgh` }, /::error::Input 'notify': slack takes no signing secret/],
      [{ watch: 'a.example:443', 'notify-on': 'sometimes' }, /::error::Input 'notify-on': 'sometimes' is not supported/],
      [{ watch: 'a.example:99999' }, /::error::Input 'watch': 'a\.example:99999' is not host\[:port\]/],
      [{ watch: 'http://a.example' }, /::error::Input 'watch': 'http:\/\/a\.example' is not an https:\/\/ URL/],
    ];
    for (const [inputs, error] of cases) {
      const run = await runAction({ inputs });
      assert.equal(run.exitCode, 1, run.log);
      assert.match(run.stdout, error);
    }
    assert.deepEqual(chat.delivered, []);
  });
});

