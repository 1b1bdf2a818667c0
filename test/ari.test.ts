// ACME Renewal Information: the certificate identifier, reading the CA's window (through an injected
// GET and through the real one against a local HTTPS server), and ordering as a replacement.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type * as acme from 'acme-client';
import { ariCertId, askRenewalInfo, fetchRenewalInfo, renewalPoint } from '../src/acme/ari.js';
import { unsignedGet as renewalInfoGet, type HttpGet } from '../src/acme/directory.js';
import { orderCertificate } from '../src/acme/order.js';
import { memoryLog } from './support/memory-log.js';

// RFC 9773, Appendix A.
const RFC_EXAMPLE = `-----BEGIN CERTIFICATE-----
MIIBQzCB66ADAgECAgUAh2VDITAKBggqhkjOPQQDAjAVMRMwEQYDVQQDEwpFeGFt
cGxlIENBMCIYDzAwMDEwMTAxMDAwMDAwWhgPMDAwMTAxMDEwMDAwMDBaMBYxFDAS
BgNVBAMTC2V4YW1wbGUuY29tMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEeBZu
7cbpAYNXZLbbh8rNIzuOoqOOtmxA1v7cRm//AwyMwWxyHz4zfwmBhcSrf47NUAFf
qzLQ2PPQxdTXREYEnKMjMCEwHwYDVR0jBBgwFoAUaYhba4dGQEHhs3uEe6CuLN4B
yNQwCgYIKoZIzj0EAwIDRwAwRAIge09+S5TZAlw5tgtiVvuERV6cT4mfutXIlwTb
+FYN/8oCIClDsqBklhB9KAelFiYt9+6FDj3z4KGVelYM5MdsO3pK
-----END CERTIFICATE-----
`;

const dir = mkdtempSync(join(tmpdir(), 'ari-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const OPENSSL_CONFIG = join(dir, 'openssl.cnf');
writeFileSync(OPENSSL_CONFIG, [
  '[req]', 'distinguished_name = dn', '[dn]',
  '[ca]', 'basicConstraints = critical, CA:true', 'subjectKeyIdentifier = 00112233445566778899aabbccddeeff00112233',
  '[leaf]', 'basicConstraints = CA:false', 'subjectAltName = DNS:localhost, IP:127.0.0.1', 'authorityKeyIdentifier = keyid:always',
  '[bare]', 'basicConstraints = CA:false', 'subjectKeyIdentifier = none', 'authorityKeyIdentifier = none',
  '',
].join('\n'));

function openssl(name: string, extensions: string, extra: string[] = []): { cert: string; keyPath: string; certPath: string } {
  const keyPath = join(dir, `${name}.key`);
  const certPath = join(dir, `${name}.crt`);
  execFileSync('openssl', [
    'req', '-x509', '-config', OPENSSL_CONFIG, '-extensions', extensions,
    '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', `/CN=${name}`, ...extra,
  ], { stdio: 'ignore' });
  return { cert: readFileSync(certPath, 'utf8'), keyPath, certPath };
}

const ca = openssl('ca', 'ca');
const signedLeaf = (name: string, serial: string) =>
  openssl(name, 'leaf', ['-CA', ca.certPath, '-CAkey', ca.keyPath, '-set_serial', serial]);

describe('ARI certificate identifier', () => {
  it('matches RFC 9773’s example, keeping the serial’s leading zero byte', () => {
    assert.equal(ariCertId(RFC_EXAMPLE), 'aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE');
  });

  it('reads the issuer’s key identifier and the serial’s content octets of an openssl certificate', () => {
    // The CA's subject key identifier 00112233…33 becomes the leaf's AKI keyIdentifier.
    assert.equal(ariCertId(signedLeaf('high', '0x80aa55').cert), 'ABEiM0RVZneImaq7zN3u_wARIjM.AICqVQ');
    assert.equal(ariCertId(signedLeaf('low', '0x0123').cert), 'ABEiM0RVZneImaq7zN3u_wARIjM.ASM');
  });

  it('names the leaf of a full chain', () => {
    const leaf = signedLeaf('chained', '0x0123').cert;
    assert.equal(ariCertId(leaf + ca.cert), ariCertId(leaf));
  });

  it('refuses a certificate without an Authority Key Identifier', () => {
    assert.throws(() => ariCertId(openssl('bare', 'bare').cert), /Authority Key Identifier/);
  });
});

const DIRECTORY = 'https://ca.test/directory';
const CERT_ID = 'aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE';
const GOOD_BODY = {
  suggestedWindow: { start: '2025-01-02T04:00:00Z', end: '2025-01-03T04:00:00Z' },
  explanationURL: 'https://acme.example.com/docs/ari',
};

/** A GET that answers from a table and records what was asked; a missing URL is a 404. */
function fakeGet(answers: Record<string, unknown>): HttpGet & { urls: string[] } {
  const urls: string[] = [];
  const get = async (url: string) => {
    urls.push(url);
    const answer = answers[url];
    // axios's shape: the status travels on the error's response.
    if (answer === undefined) throw Object.assign(new Error('Request failed with status code 404'), { response: { status: 404 } });
    if (answer instanceof Error) throw answer;
    return { data: answer };
  };
  return Object.assign(get, { urls });
}

const directory = (renewalInfo?: string) => ({ newOrder: 'https://ca.test/new-order', ...(renewalInfo && { renewalInfo }) });

describe('fetching renewal information', () => {
  it('gives nothing, after a single GET, when the directory has no renewalInfo', async () => {
    const get = fakeGet({ [DIRECTORY]: directory() });
    const log = memoryLog();
    assert.equal(await fetchRenewalInfo(DIRECTORY, CERT_ID, get, log), undefined);
    assert.deepEqual(get.urls, [DIRECTORY]);
    assert.match(log.text(), /^debug: ARI: the directory .* offers no renewalInfo$/);
  });

  it('reads the suggested window from <renewalInfo>/<certId>', async () => {
    const get = fakeGet({ [DIRECTORY]: directory('https://ca.test/renewal-info'), [`https://ca.test/renewal-info/${CERT_ID}`]: GOOD_BODY });
    const window = await fetchRenewalInfo(DIRECTORY, CERT_ID, get);
    assert.deepEqual(window, {
      start: new Date('2025-01-02T04:00:00Z'),
      end: new Date('2025-01-03T04:00:00Z'),
      explanationUrl: 'https://acme.example.com/docs/ari',
    });
    assert.deepEqual(get.urls, [DIRECTORY, `https://ca.test/renewal-info/${CERT_ID}`]);
  });

  it('does not double the slash when renewalInfo ends with one (as pebble’s does)', async () => {
    const get = fakeGet({ [DIRECTORY]: directory('https://ca.test/renewal-info/'), [`https://ca.test/renewal-info/${CERT_ID}`]: GOOD_BODY });
    assert.ok(await fetchRenewalInfo(DIRECTORY, CERT_ID, get));
  });

  it('keeps the window but drops an explanation that is not a web link', async () => {
    for (const explanationURL of [undefined, 42, 'javascript:alert(1)', 'not a url']) {
      const get = fakeGet({ [DIRECTORY]: directory('https://ca.test/ri'), [`https://ca.test/ri/${CERT_ID}`]: { ...GOOD_BODY, explanationURL } });
      const window = await fetchRenewalInfo(DIRECTORY, CERT_ID, get);
      assert.deepEqual(window, { start: new Date('2025-01-02T04:00:00Z'), end: new Date('2025-01-03T04:00:00Z') }, String(explanationURL));
    }
  });

  it('gives nothing for a malformed body', async () => {
    const bodies: unknown[] = [
      'not json',
      null,
      {},
      { suggestedWindow: 'soon' },
      { suggestedWindow: { start: '2025-01-02T04:00:00Z' } },
      { suggestedWindow: { start: 'yesterday', end: '2025-01-03T04:00:00Z' } },
      { suggestedWindow: { start: 1735790400000, end: 1735876800000 } },
      // RFC 9773 §4.2: an end that does not follow the start makes the answer invalid.
      { suggestedWindow: { start: '2025-01-03T04:00:00Z', end: '2025-01-03T04:00:00Z' } },
      { suggestedWindow: { start: '2025-01-03T04:00:00Z', end: '2025-01-02T04:00:00Z' } },
    ];
    for (const body of bodies) {
      const get = fakeGet({ [DIRECTORY]: directory('https://ca.test/ri'), [`https://ca.test/ri/${CERT_ID}`]: body });
      const log = memoryLog();
      assert.equal(await fetchRenewalInfo(DIRECTORY, CERT_ID, get, log), undefined, JSON.stringify(body));
      assert.match(log.text(), /^debug: ARI: .* answered without a valid suggestedWindow$/);
    }
  });

  it('gives nothing, logging only at debug level, when a request fails', async () => {
    const failingInfo = fakeGet({ [DIRECTORY]: directory('https://ca.test/ri'), [`https://ca.test/ri/${CERT_ID}`]: new Error('socket hang up') });
    const log = memoryLog();
    assert.equal(await fetchRenewalInfo(DIRECTORY, CERT_ID, failingInfo, log), undefined);
    assert.deepEqual(log.lines, [`debug: ARI: could not read https://ca.test/ri/${CERT_ID}: socket hang up`]);

    const failingDirectory = fakeGet({ [DIRECTORY]: new Error('getaddrinfo ENOTFOUND ca.test') });
    assert.equal(await fetchRenewalInfo(DIRECTORY, CERT_ID, failingDirectory, log), undefined);
    assert.deepEqual(failingDirectory.urls, [DIRECTORY]);
    assert.match(log.lines[1], /^debug: ARI: could not read the directory .*ENOTFOUND/);
  });
});

describe('the point in the window (RFC 9773 §4.2)', () => {
  const window = { start: new Date('2025-01-02T00:00:00Z'), end: new Date('2025-01-04T00:00:00Z') };

  it('is inside the window, the same on every run for one certificate, and spread across certificates', () => {
    const points = Array.from({ length: 200 }, (_, i) => renewalPoint(window, `${CERT_ID}${i}`).getTime());
    for (const point of points) assert.ok(point >= window.start.getTime() && point < window.end.getTime());
    assert.equal(renewalPoint(window, CERT_ID).getTime(), renewalPoint({ ...window }, CERT_ID).getTime());
    const firstHalf = points.filter((point) => point < window.start.getTime() + (window.end.getTime() - window.start.getTime()) / 2);
    assert.ok(firstHalf.length > 60 && firstHalf.length < 140, `${firstHalf.length} of 200 in the first half`);
    assert.ok(new Set(points).size > 190);
  });

  it('keeps the answer’s Retry-After, between a minute and a day', async () => {
    const answers = [
      { header: '21600', seconds: 21_600 },
      { header: '5', seconds: 60 },
      { header: '604800', seconds: 86_400 },
      { header: undefined, seconds: undefined },
    ];
    for (const { header, seconds } of answers) {
      const get: HttpGet = async (url) =>
        url === DIRECTORY
          ? { data: directory('https://ca.test/ri') }
          : { data: GOOD_BODY, headers: header ? { 'retry-after': header } : {} };
      const before = Date.now();
      const window = await fetchRenewalInfo(DIRECTORY, CERT_ID, get);
      if (seconds === undefined) {
        assert.equal(window?.retryAfter, undefined);
      } else {
        const wait = (window?.retryAfter?.getTime() ?? 0) - before;
        assert.ok(wait >= seconds * 1000 && wait < seconds * 1000 + 5000, `${header}: ${wait}`);
      }
    }
  });
});

describe('asking about one certificate', () => {
  const BASE = 'https://ca.test/ri/';

  it('tells a certificate the CA does not know (404) from one it gives a window for', async () => {
    const get = fakeGet({ [`${BASE}${CERT_ID}`]: GOOD_BODY });
    assert.equal((await askRenewalInfo(BASE, CERT_ID, get)).kind, 'window');
    assert.deepEqual(await askRenewalInfo(BASE, 'other.AQ', get), { kind: 'unknown' });
  });

  it('counts any other failure or a body without a window as no answer, not as unknown', async () => {
    const unavailable = Object.assign(new Error('Request failed with status code 503'), { response: { status: 503 } });
    for (const answer of [unavailable, new Error('socket hang up'), { suggestedWindow: 'soon' }]) {
      assert.deepEqual(await askRenewalInfo(BASE, CERT_ID, fakeGet({ [`${BASE}${CERT_ID}`]: answer })), { kind: 'none' });
    }
  });
});

describe('the default GET, against a local HTTPS CA', () => {
  const tls = signedLeaf('localhost', '0x01');
  let server: Server;
  let base: string;
  let requests: string[];
  let failing = false;

  before(async () => {
    requests = [];
    server = createServer({ cert: tls.cert, key: readFileSync(tls.keyPath) }, (request, response) => {
      requests.push(request.url ?? '');
      const answer = failing ? undefined : request.url === '/dir' ? { renewalInfo: `${base}/ri` } : request.url === `/ri/${CERT_ID}` ? GOOD_BODY : undefined;
      response.writeHead(failing ? 503 : answer ? 200 : 404, { 'content-type': 'application/json', 'retry-after': '3600' });
      response.end(JSON.stringify(answer ?? { type: 'urn:ietf:params:acme:error:serverInternal' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('trusts the extra CA certificates, as the ACME client does', async () => {
    requests.length = 0;
    const window = await fetchRenewalInfo(`${base}/dir`, CERT_ID, renewalInfoGet([ca.cert]));
    assert.equal(window?.explanationUrl, GOOD_BODY.explanationURL);
    assert.deepEqual(requests, ['/dir', `/ri/${CERT_ID}`]);
  });

  it('gives nothing when the CA’s certificate is not trusted', async () => {
    requests.length = 0;
    const log = memoryLog();
    assert.equal(await fetchRenewalInfo(`${base}/dir`, CERT_ID, renewalInfoGet(), log), undefined);
    assert.match(log.text(), /could not read the directory/);
  });

  it('reads a 404 of the real HTTP client as a certificate the CA does not know', async () => {
    const get = renewalInfoGet([ca.cert]);
    assert.deepEqual(await askRenewalInfo(`${base}/ri`, 'unknown.AQ', get), { kind: 'unknown' });
    assert.equal((await askRenewalInfo(`${base}/ri`, CERT_ID, get)).kind, 'window');
    failing = true;
    try {
      assert.deepEqual(await askRenewalInfo(`${base}/ri`, CERT_ID, get), { kind: 'none' });
    } finally {
      failing = false;
    }
  });

  it('reads the directory once per run’s getter, and again after a failed read', async () => {
    requests.length = 0;
    const get = renewalInfoGet([ca.cert]);
    await fetchRenewalInfo(`${base}/dir`, CERT_ID, get);
    await fetchRenewalInfo(`${base}/dir`, CERT_ID, get);
    assert.deepEqual(requests, ['/dir', `/ri/${CERT_ID}`, `/ri/${CERT_ID}`]);

    requests.length = 0;
    const afterFailure = renewalInfoGet([ca.cert]);
    failing = true;
    try {
      assert.equal(await fetchRenewalInfo(`${base}/dir`, CERT_ID, afterFailure), undefined);
    } finally {
      failing = false;
    }
    assert.ok(await fetchRenewalInfo(`${base}/dir`, CERT_ID, afterFailure));
    assert.deepEqual(requests, ['/dir', '/dir', `/ri/${CERT_ID}`]);
  });

  it('asks once, without acme-client’s retries and their Retry-After waits, when the CA fails', async () => {
    requests.length = 0;
    failing = true;
    const started = Date.now();
    try {
      assert.equal(await fetchRenewalInfo(`${base}/dir`, CERT_ID, renewalInfoGet([ca.cert])), undefined);
    } finally {
      failing = false;
    }
    assert.deepEqual(requests, ['/dir']);
    assert.ok(Date.now() - started < 5000);
  });
});

describe('ordering as a replacement', () => {
  const CHAIN = `${ca.cert}${ca.cert}`;

  /** Just enough of acme-client's Client for an order whose authorizations are already valid. */
  function fakeClient(refuse?: string) {
    const payloads: Record<string, unknown>[] = [];
    const client = {
      createOrder: async (payload: Record<string, unknown>) => {
        payloads.push(payload);
        if (refuse && 'replaces' in payload) throw new Error(refuse);
        return { url: 'https://ca.test/order/1', status: 'ready' };
      },
      getAuthorizations: async () => [],
      waitForValidStatus: async (item: unknown) => item,
      finalizeOrder: async () => ({ certificate: 'https://ca.test/cert/1' }),
      getCertificate: async () => CHAIN,
    };
    return { client: client as unknown as acme.Client, payloads };
  }

  const order = (client: acme.Client, replaces: string | undefined, log = memoryLog(), extra: { domains?: string[]; profile?: string } = {}) =>
    orderCertificate({ client, domains: ['example.com'], csrPem: 'CSR', replaces, solve: async () => ({ types: [], cleanUp: async () => {} }), log, ...extra });

  it('sends the profile, and IP addresses as ip identifiers (RFC 8738)', async () => {
    const { client, payloads } = fakeClient();
    await order(client, CERT_ID, memoryLog(), { domains: ['example.com', '192.0.2.10', '2001:db8::1'], profile: 'shortlived' });
    assert.deepEqual(payloads, [{
      identifiers: [{ type: 'dns', value: 'example.com' }, { type: 'ip', value: '192.0.2.10' }, { type: 'ip', value: '2001:db8::1' }],
      profile: 'shortlived',
      replaces: CERT_ID,
    }]);
  });

  it('never answers an IP address by dns-01, even when the CA offers it', async () => {
    const { client } = fakeClient();
    const authz = { status: 'pending', identifier: { type: 'ip', value: '192.0.2.10' }, challenges: [{ type: 'dns-01', url: 'https://ca.test/chall/1' }] };
    Object.assign(client, {
      getAuthorizations: async () => [authz],
      getChallengeKeyAuthorization: async () => 'key-authz',
      completeChallenge: async () => ({}),
    });
    let solved = false;
    await assert.rejects(
      orderCertificate({ client, domains: ['192.0.2.10'], csrPem: 'CSR', solve: async () => ((solved = true), { types: [], cleanUp: async () => {} }), log: memoryLog() }),
      /The CA offers no http-01 challenge for the IP address 192\.0\.2\.10, and dns-01 cannot validate one/,
    );
    assert.equal(solved, false);

    // Offered both, the solver is given only http-01 to answer the address with.
    authz.challenges.push({ type: 'http-01', url: 'https://ca.test/chall/2', token: 'tok' } as (typeof authz.challenges)[number]);
    const asked: unknown[] = [];
    await orderCertificate({ client, domains: ['192.0.2.10'], csrPem: 'CSR', solve: async (requests) => (asked.push(...requests), { types: ['http-01'], cleanUp: async () => {} }), log: memoryLog() });
    assert.deepEqual(asked, [{ domain: '192.0.2.10', wildcard: false, http01: { token: 'tok', keyAuthorization: 'key-authz' } }]);
  });

  it('keeps the profile when it orders again without replaces', async () => {
    const { client, payloads } = fakeClient("Could not validate ARI 'replaces' field");
    await order(client, CERT_ID, memoryLog(), { profile: 'tlsserver' });
    assert.deepEqual(payloads.map((payload) => [payload.profile, 'replaces' in payload]), [['tlsserver', true], ['tlsserver', false]]);
  });

  it('names the replaced certificate in newOrder', async () => {
    const { client, payloads } = fakeClient();
    await order(client, CERT_ID);
    assert.deepEqual(payloads, [{ identifiers: [{ type: 'dns', value: 'example.com' }], replaces: CERT_ID }]);
  });

  it('sends no replaces field when none is given', async () => {
    const { client, payloads } = fakeClient();
    await order(client, undefined);
    assert.deepEqual(payloads, [{ identifiers: [{ type: 'dns', value: 'example.com' }] }]);
  });

  it('orders once more without it when the CA refuses the replacement, and says why', async () => {
    const refusal = `Could not validate ARI 'replaces' field :: cannot indicate an order replaces certificate with serial "0087654321", which already has a replacement order`;
    const { client, payloads } = fakeClient(refusal);
    const log = memoryLog();
    const issued = await order(client, CERT_ID, log);
    assert.equal(issued.certUrl, 'https://ca.test/cert/1');
    assert.deepEqual(payloads.map((payload) => 'replaces' in payload), [true, false]);
    assert.match(log.text(), /info: The CA refused the order as a replacement of certificate aYhba4dGQEHhs3uEe6CuLN4ByNQ\.AIdlQyE \(Could not validate ARI 'replaces' field/);
  });

  it('does not retry a refusal that has nothing to do with the replacement', async () => {
    const { client, payloads } = fakeClient('Error creating new order :: too many certificates already issued');
    await assert.rejects(order(client, CERT_ID), /too many certificates/);
    assert.equal(payloads.length, 1);
  });
});
