// One acme-client Client per run, trusting the extra CA certificates the user gave. Its settings
// travel on each of its requests (acme-http.ts), not on acme-client's shared axios instance, so two
// runs in one process (the CLI, tests) cannot leak settings into each other.
import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
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

/** An HTTPS agent that trusts the public roots plus the user's extra CA certificates. */
export function caAgent(caCertificates: readonly string[]): Agent {
  return new Agent({ ca: [...rootCertificates, ...caCertificates], keepAlive: false });
}

export function createAcmeClient(options: ClientOptions): acme.Client {
  boundAcmeRetries();
  const client = new acme.Client({
    directoryUrl: options.directoryUrl,
    accountKey: options.accountKeyPem,
    accountUrl: options.accountUrl,
    externalAccountBinding: options.externalAccountBinding
      ? { kid: options.externalAccountBinding.kid, hmacKey: options.externalAccountBinding.hmacKey }
      : undefined,
    // Polls for challenge and order status: start at 1 s rather than acme-client's 5 s, and keep
    // polling for about three minutes, which covers slow validations at public CAs.
    backoffAttempts: 20,
    backoffMin: 1000,
    backoffMax: 10_000,
  });
  boundClientRequests(client, {
    timeoutMs: options.requestTimeoutMs,
    signal: options.signal,
    ...(options.caCertificates.length > 0 && { agent: caAgent(options.caCertificates) }),
  });
  return client;
}
