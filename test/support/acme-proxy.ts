// What Debian's pebble 2.4 lacks, in front of it: an HTTPS proxy that adds ARI (`renewalInfo`,
// RFC 9773) and profiles (`meta.profiles`) to the directory, serves the renewal windows a test sets
// (or Boulder's own answer, looked up in pebble), checks the `profile` and `replaces` fields of new
// orders (and can refuse a replacement the way Boulder does), and passes every other request to
// pebble unchanged, so issuance stays real.
// pebble builds its URLs (and checks each JWS `url`) from the Host header, which the proxy keeps:
// the client then talks only to the proxy.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, request as httpsRequest, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { httpsGet, type Pebble } from './pebble.js';

export interface RenewalInfoAnswer {
  readonly start: Date;
  readonly end: Date;
  /** Seconds, sent as Retry-After. */
  readonly retryAfter?: number;
}

export interface ProxyOptions {
  /** Profile name → description for the directory's `meta.profiles`; none leaves meta as pebble has it. */
  profiles?: Record<string, string>;
  /** Whether the directory offers `renewalInfo`. */
  renewalInfo?: boolean;
  /**
   * Until a test sets `renewalWindow`, answer renewalInfo as Let's Encrypt's Boulder does: its window
   * for a certificate pebble issued (asked of pebble's management API by serial), 404 for any other.
   * Without it every certificate is unknown (404). Implies `renewalInfo`.
   */
  boulderWindows?: boolean;
  /** Answer newNonce by HEAD only (405 to GET), as a CA might that RFC 8555 §7.2 would have answer both. */
  newNonceByHeadOnly?: boolean;
}

export interface NewOrder {
  readonly identifiers: ReadonlyArray<{ type: string; value: string }>;
  readonly profile?: string;
  readonly replaces?: string;
  /** How the proxy answered: 'pebble' (passed on) or the problem type it answered with. */
  readonly answer: string;
}

export interface AcmeProxy {
  /** `https://127.0.0.1:PORT/dir`, served with pebble's own TLS pair (trust pebble.caCertPath). */
  readonly directoryUrl: string;
  /** Every new-order request, in order, with the JWS payload decoded. */
  readonly newOrders: NewOrder[];
  /** Every renewalInfo GET: the certificate identifier asked about. */
  readonly renewalInfoRequests: string[];
  /** Every request, in order of arrival, and the TLS connections they came over. */
  readonly requests: Array<{ readonly method: string; readonly path: string }>;
  readonly connections: () => number;
  /** The window (and Retry-After) to serve for a certificate identifier; undefined answers 404. */
  renewalWindow: (certId: string) => RenewalInfoAnswer | undefined | Promise<RenewalInfoAnswer | undefined>;
  /** Refuse every order that names a replaced certificate (Boulder's `alreadyReplaced`). */
  refuseReplaces: boolean;
  stop(): Promise<void>;
}

const RENEWAL_INFO_PATH = '/renewal-info/';

export async function startAcmeProxy(pebble: Pebble, options: ProxyOptions = {}): Promise<AcmeProxy> {
  const upstream = new URL(pebble.directoryUrl);
  const ca = readFileSync(pebble.caCertPath, 'utf8');
  const newOrders: NewOrder[] = [];
  const renewalInfoRequests: string[] = [];
  const requests: AcmeProxy['requests'] = [];
  let connections = 0;
  let newOrderPath = '';
  let newNoncePath = '';

  const proxy: AcmeProxy = {
    directoryUrl: '',
    newOrders,
    renewalInfoRequests,
    requests,
    connections: () => connections,
    renewalWindow: options.boulderWindows ? (certId) => boulderWindow(pebble, ca, certId) : () => undefined,
    refuseReplaces: false,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const forward = (request: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const outgoing = httpsRequest(
        { host: upstream.hostname, port: upstream.port, path: request.url, method: request.method, headers: request.headers, ca },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  const handle = async (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
    const path = new URL(request.url ?? '/', 'https://proxy').pathname;
    requests.push({ method: request.method ?? '', path });
    if (options.newNonceByHeadOnly && request.method === 'GET' && path === newNoncePath) {
      return problem(response, 405, 'malformed', 'newNonce answers HEAD only');
    }
    if (request.method === 'GET' && path.startsWith(RENEWAL_INFO_PATH)) {
      const certId = decodeURIComponent(path.slice(RENEWAL_INFO_PATH.length));
      renewalInfoRequests.push(certId);
      const answer = await proxy.renewalWindow(certId);
      if (!answer) return problem(response, 404, 'malformed', `no renewal information for ${certId}`);
      response.writeHead(200, {
        'content-type': 'application/json',
        ...(answer.retryAfter !== undefined && { 'retry-after': String(answer.retryAfter) }),
      });
      return response.end(JSON.stringify({ suggestedWindow: { start: answer.start.toISOString(), end: answer.end.toISOString() } }));
    }
    if (request.method === 'POST' && path === newOrderPath) {
      const order = decodePayload(body);
      const refusal = checkOrder(order);
      newOrders.push({ identifiers: order.identifiers ?? [], profile: order.profile, replaces: order.replaces, answer: refusal?.type ?? 'pebble' });
      if (refusal) return problem(response, refusal.status, refusal.type, refusal.detail);
    }
    const answer = await forward(request, body);
    if (request.method === 'GET' && path === upstream.pathname && answer.status === 200) {
      const directory = JSON.parse(answer.body.toString('utf8')) as Record<string, unknown> & { meta?: Record<string, unknown> };
      newOrderPath = new URL(String(directory.newOrder)).pathname;
      newNoncePath = new URL(String(directory.newNonce)).pathname;
      if (options.renewalInfo || options.boulderWindows) directory.renewalInfo = `https://${request.headers.host}${RENEWAL_INFO_PATH}`;
      if (options.profiles) directory.meta = { ...directory.meta, profiles: options.profiles };
      const text = JSON.stringify(directory);
      response.writeHead(200, { ...answer.headers, 'content-length': Buffer.byteLength(text) });
      return response.end(text);
    }
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  };

  const checkOrder = (order: { profile?: string; replaces?: string }) => {
    if (order.profile !== undefined && !(options.profiles && order.profile in options.profiles)) {
      return { status: 400, type: 'invalidProfile', detail: `profile "${order.profile}" is not recognized` };
    }
    if (order.replaces !== undefined && proxy.refuseReplaces) {
      // Boulder's wording, which is all a client gets besides the problem type.
      return {
        status: 409,
        type: 'alreadyReplaced',
        detail: `Could not validate ARI 'replaces' field :: cannot indicate an order replaces certificate with serial "${order.replaces.split('.')[1]}", which already has a replacement order`,
      };
    }
    return undefined;
  };

  const server: Server = createServer({ cert: readFileSync(pebble.tlsCertPath), key: readFileSync(pebble.tlsKeyPath) }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(request, response, Buffer.concat(chunks)).catch((error: unknown) => {
        if (!response.headersSent) problem(response, 502, 'serverInternal', `proxy: ${(error as Error).message}`);
        else response.destroy();
      });
    });
  });
  server.on('secureConnection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (proxy as { directoryUrl: string }).directoryUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}${upstream.pathname}`;
  return proxy;
}

/** Boulder's window for a certificate pebble issued: opens when a third of the lifetime remains, for 1/50 of it. */
async function boulderWindow(pebble: Pebble, ca: string, certId: string): Promise<RenewalInfoAnswer | undefined> {
  const serial = certId.split('.')[1];
  if (!serial) return undefined;
  const status = await httpsGet(`${pebble.managementUrl}/cert-status-by-serial/${Buffer.from(serial, 'base64url').toString('hex')}`, ca);
  if (status.status !== 200) return undefined;
  const certificate = new X509Certificate(JSON.parse(status.body).Certificate as string);
  const notAfter = new Date(certificate.validTo).getTime();
  const lifetime = notAfter - new Date(certificate.validFrom).getTime();
  const start = notAfter - lifetime / 3;
  return { start: new Date(start), end: new Date(start + lifetime / 50) };
}

/** The flattened JWS's payload: base64url JSON (RFC 7515), read without checking the signature pebble checks. */
function decodePayload(body: Buffer): { identifiers?: Array<{ type: string; value: string }>; profile?: string; replaces?: string } {
  const jws = JSON.parse(body.toString('utf8')) as { payload: string };
  return JSON.parse(Buffer.from(jws.payload, 'base64url').toString('utf8'));
}

function problem(response: ServerResponse, status: number, type: string, detail: string): void {
  response.writeHead(status, { 'content-type': 'application/problem+json' });
  response.end(JSON.stringify({ type: `urn:ietf:params:acme:error:${type}`, detail, status }));
}
