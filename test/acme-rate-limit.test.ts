// A CA's rate limit must end the run at once with the CA's words, not sleep out a Retry-After of
// hours. pebble never rate-limits, so a minimal ACME endpoint on loopback plays the CA for the
// few requests involved.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { createAcmeClient } from '../src/acme/acme-session.js';

const DETAIL = 'too many certificates (5) already issued for this exact set of identifiers in the last 168h0m0s';
let server: Server;
let base = '';
let orders = 0;
let retryAfter = '86400';

before(async () => {
  server = createServer((request, response) => {
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': 'application/json', 'Replay-Nonce': `n${Date.now()}${Math.random()}`, ...headers });
      response.end(JSON.stringify(body));
    };
    request.resume();
    if (request.url === '/dir') return reply(200, { newNonce: `${base}/nonce`, newAccount: `${base}/account`, newOrder: `${base}/order` });
    if (request.url === '/nonce') return reply(200, {});
    if (request.url === '/order') {
      orders++;
      return reply(429, { type: 'urn:ietf:params:acme:error:rateLimited', detail: DETAIL, status: 429 }, { 'Retry-After': retryAfter });
    }
    return reply(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client() {
  return createAcmeClient({
    directoryUrl: `${base}/dir`,
    accountKeyPem: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
    accountUrl: `${base}/account/1`,
    caCertificates: [],
    requestTimeoutMs: 10_000,
  });
}

it('a rate limit with a long Retry-After fails the order at once, quoting the CA', { timeout: 60_000 }, async () => {
  orders = 0;
  retryAfter = '86400';
  const started = Date.now();
  await assert.rejects(
    client().createOrder({ identifiers: [{ type: 'dns', value: 'example.com' }] }),
    (error: Error) => {
      assert.match(error.message, /too many certificates \(5\)/);
      assert.match(error.message, /rate limited: the CA asks to wait until \d{4}-\d\d-\d\dT.*not retrying in this run/);
      return true;
    },
  );
  // Retrying would be refused the same way and count against the CA's limits again.
  assert.ok(Date.now() - started < 5_000);
  assert.equal(orders, 1, 'no retry');
});

it('a short Retry-After is still honoured and retried', async () => {
  orders = 0;
  retryAfter = '1';
  await assert.rejects(client().createOrder({ identifiers: [{ type: 'dns', value: 'example.com' }] }), /too many certificates/);
  assert.equal(orders, 4, 'the first request and three retries');
});
