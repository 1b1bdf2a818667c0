// What an order costs the CA, through dist/ against real pebble behind the counting proxy: the
// connections it opens and the requests it sends beyond the ones RFC 8555 makes necessary.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startAcmeProxy, type AcmeProxy } from '../support/acme-proxy.js';
import { httpsGet } from '../support/pebble.js';
import { assertSucceeded } from '../support/run-action.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';

const NAMES = ['example.com', ...Array.from({ length: 19 }, (_, i) => `n${i + 1}.example.com`)];

let fx: CoreFixture;
let proxy: AcmeProxy;
before(async () => {
  fx = await startCoreFixture();
  proxy = await startAcmeProxy(fx.pebble);
});
after(async () => {
  await proxy?.stop();
  await fx?.stop();
});

describe('requests to the CA', () => {
  it('an order for 20 names keeps to a few connections and takes its nonces from the answers', async () => {
    const run = await fx.run(fx.inputs(fx.newStatePath(), { server: proxy.directoryUrl, domains: NAMES.join(', ') }));
    assertSucceeded(run);
    const directory = await httpsGet(fx.pebble.directoryUrl, readFileSync(fx.pebble.caCertPath, 'utf8'));
    const newNonce = new URL((JSON.parse(directory.body) as { newNonce: string }).newNonce).pathname;
    const nonceRequests = proxy.requests.filter((request) => request.path === newNonce);
    const signed = proxy.requests.filter((request) => request.method === 'POST');
    // By GET: Node drops the connection after pebble's answer to a HEAD (it has no Content-Length).
    assert.deepEqual([...new Set(nonceRequests.map((request) => request.method))], ['GET']);
    // Six requests at a time, each with a nonce an earlier answer brought: a few fresh ones at the start.
    assert.ok(nonceRequests.length <= 8, `${nonceRequests.length} newNonce requests for ${signed.length} signed ones`);
    assert.ok(proxy.connections() <= 6, `${proxy.connections()} TLS connections`);
  });

  it('asks newNonce by HEAD of a CA that does not answer GET there', async () => {
    const headOnly = await startAcmeProxy(fx.pebble, { newNonceByHeadOnly: true });
    try {
      const run = await fx.run(fx.inputs(fx.newStatePath(), { server: headOnly.directoryUrl, domains: 'example.com' }));
      assertSucceeded(run);
      const nonceMethods = headOnly.requests.filter((request) => /nonce/i.test(request.path)).map((request) => request.method);
      assert.deepEqual(nonceMethods.slice(0, 2), ['GET', 'HEAD']);
    } finally {
      await headOnly.stop();
    }
  });
});
