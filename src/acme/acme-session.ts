// One acme-client Client per run, trusting the extra CA certificates the user gave. Its settings
// travel on each of its requests (acme-http.ts), not on acme-client's shared axios instance, so two
// runs in one process (the CLI, tests) cannot leak settings into each other.
import { createPrivateKey } from 'node:crypto';
import { Agent } from 'node:https';
import { createSecureContext, rootCertificates } from 'node:tls';
import * as acme from 'acme-client';
import { boundClientRequests } from './acme-http.js';
import { boundAcmeRetries } from './acme-retries.js';

export interface ClientOptions {
  readonly directoryUrl: string;
  readonly accountKeyPem: string;
  readonly accountUrl?: string;
  readonly caCertificates: readonly string[];
  readonly externalAccountBinding?: { readonly kid: string; readonly hmacKey: string };
  /** Bound of each request (input acme-timeout). */
  readonly requestTimeoutMs: number;
  readonly signal?: AbortSignal;
}

/**
 * The HTTPS agent for the CA: trusts the public roots plus the user's extra CA certificates, with
 * one secure context for all connections (given `ca` instead, every connection parses the ~140
 * roots again, which was most of the CPU time of an order). Kept alive, and six connections at
 * most: an order for 50 names has a hundred requests ready at once, a TLS handshake each costs
 * both sides more than a short wait for a free connection, and Let's Encrypt allows one address
 * 40 requests a second (20 to newNonce), about what six in flight make at a typical round trip.
 */
export function caAgent(caCertificates: readonly string[]): Agent {
  // Per list, not per call: the directory reads and the client share one context and their
  // connections.
  let agent = agents.get(caCertificates);
  if (!agent) {
    const secureContext = caCertificates.length > 0 ? createSecureContext({ ca: [...rootCertificates, ...caCertificates] }) : undefined;
    agent = new Agent({ ...(secureContext && { secureContext }), keepAlive: true, maxSockets: CA_CONNECTIONS });
    agents.set(caCertificates, agent);
  }
  return agent;
}

const CA_CONNECTIONS = 6;

/** The first pause of the CA's status polls, which then double. */
export const FIRST_POLL_MS = 25;
const agents = new WeakMap<readonly string[], Agent>();

export function createAcmeClient(options: ClientOptions): acme.Client {
  boundAcmeRetries();
  const client = new acme.Client({
    directoryUrl: options.directoryUrl,
    accountKey: options.accountKeyPem,
    accountUrl: options.accountUrl,
    externalAccountBinding: options.externalAccountBinding
      ? { kid: options.externalAccountBinding.kid, hmacKey: options.externalAccountBinding.hmacKey }
      : undefined,
    // Polls of challenge and order status double from 25 ms (a CA that validates at once is seen
    // at once) up to 5 s, for about three minutes in all, which covers slow validations at public
    // CAs; a large order's polls wait their turn among its other requests anyway.
    backoffAttempts: 42,
    backoffMin: FIRST_POLL_MS,
    backoffMax: 5000,
  });
  // acme-client passes its PEM account key to crypto.sign for every request, which parses it anew
  // each time: under OpenSSL 3 most of what a signature costs, and an order for 50 names signs 200.
  (client as unknown as { http: { accountKey: unknown } }).http.accountKey = createPrivateKey(options.accountKeyPem);
  boundClientRequests(client, {
    timeoutMs: options.requestTimeoutMs,
    signal: options.signal,
    agent: caAgent(options.caCertificates),
  });
  return client;
}
