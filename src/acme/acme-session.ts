// One acme-client Client per run, trusting the extra CA certificates the user gave. acme-client
// sends every request of every client through one module-wide axios instance; what is this
// client's own (CA trust, the rate-limit guard) goes on each of its requests instead, so two runs
// in one process (the CLI, tests) cannot leak settings into each other.
import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import * as acme from 'acme-client';
import { boundAcmeRetries, rateLimitGuard } from './acme-retries.js';

export interface ClientOptions {
  readonly directoryUrl: string;
  readonly accountKeyPem: string;
  readonly accountUrl?: string;
  readonly caCertificates: readonly string[];
  readonly externalAccountBinding?: { readonly kid: string; readonly hmacKey: string };
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
  withRequestDefaults(client, {
    ...rateLimitGuard(),
    ...(options.caCertificates.length > 0 && { httpsAgent: caAgent(options.caCertificates) }),
  });
  return client;
}

/** acme-client's HttpClient, kept by every Client as `http`; all its requests pass `request`. */
interface HttpClient {
  request(url: string, method: string, opts?: Record<string, unknown>): Promise<unknown>;
}

/** Adds axios options to every request of this client; acme-client's retries resend the same config. */
function withRequestDefaults(client: acme.Client, defaults: Record<string, unknown>): void {
  const http = (client as unknown as { http: HttpClient }).http;
  const request = http.request.bind(http);
  http.request = (url, method, opts = {}) => request(url, method, { ...defaults, ...opts });
}
