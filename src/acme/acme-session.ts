// One acme-client Client per run, trusting the extra CA certificates the user gave.
import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import * as acme from 'acme-client';
import { boundAcmeRetries } from './acme-retries.js';

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
  if (options.caCertificates.length > 0) {
    // acme-client sends every request through its exported axios instance.
    acme.axios.defaults.httpsAgent = caAgent(options.caCertificates);
  }
  return new acme.Client({
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
}
