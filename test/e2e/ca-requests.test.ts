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
    // One nonce per authorization read at once, at most; every later request reuses an answer's.
    assert.ok(nonceRequests.length <= NAMES.length + 1, `${nonceRequests.length} newNonce requests for ${signed.length} signed ones`);
    assert.ok(signed.length >= 3 * NAMES.length, `${signed.length} signed requests`);
    assert.ok(proxy.connections() <= 6, `${proxy.connections()} TLS connections`);
  });
});
