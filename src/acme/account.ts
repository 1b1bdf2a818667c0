// The ACME account: reuse the one in the state folder (or pinned by `account-key`), register a new
// one only when there is none or the CA no longer knows it.
import type * as acme from 'acme-client';
import type { StoredAccount } from '../state/account-store.js';
import type { Log } from '../util/log.js';
import type { AcmeConfig } from './acme-config.js';
import { acmeStep } from './acme-http.js';
import { createAcmeClient } from './acme-session.js';
import { generatePrivateKey } from './keys.js';

export interface OpenAccount {
  readonly client: acme.Client;
  readonly account: StoredAccount;
  /** True when this run registered the account, so the state changed. */
  readonly registered: boolean;
}

/** Whether the state holds an account this run can use without registering. */
export function hasUsableAccount(config: AcmeConfig, stored: StoredAccount | undefined): boolean {
  return Boolean(stored?.registration && (!config.accountKeyPem || config.accountKeyPem === stored.keyPem));
}

export class TermsNotAcceptedError extends Error {
  constructor(termsUrl: string | undefined) {
    super(
      `Input 'accept-tos': an ACME account must be created, which means accepting the CA's terms of service${
        termsUrl ? ` (${termsUrl})` : ''
      }. Read them, then set accept-tos: true.`,
    );
    this.name = 'TermsNotAcceptedError';
  }
}

export async function openAccount(
  config: AcmeConfig,
  stored: StoredAccount | undefined,
  log: Log,
  signal?: AbortSignal,
): Promise<OpenAccount> {
  const keyPem = config.accountKeyPem ?? stored?.keyPem ?? (await generatePrivateKey(config.keyType));
  const clientFor = (accountUrl?: string) =>
    createAcmeClient({ ...config, accountKeyPem: keyPem, accountUrl, signal });

  if (stored?.registration && hasUsableAccount(config, stored)) {
    const client = clientFor(stored.registration.uri);
    try {
      // One signed request proves the CA still knows the account before an order depends on it.
      await acmeStep('Checking the ACME account', () => client.updateAccount({}));
      log.info(`Using ACME account ${stored.registration.uri}`);
      return { client, account: stored, registered: false };
    } catch (error) {
      if (!isAccountGone(error)) throw error;
      log.warning(`The CA no longer knows account ${stored.registration.uri}; registering again.`);
    }
  }

  if (!config.acceptTos) throw new TermsNotAcceptedError(await termsOfService(clientFor()));
  const client = clientFor();
  const body = await client
    .createAccount({ termsOfServiceAgreed: true, contact: [`mailto:${config.email}`] })
    .catch((error: unknown) => {
      throw explainRegistrationError(error, config);
    });
  const uri = client.getAccountUrl();
  // A CA answers newAccount for a key it already knows with that account (RFC 8555 §7.3.1).
  log.info(`Registered ACME account ${uri} (or found the existing one for this key)`);
  return {
    client,
    account: { email: config.email, keyPem, registration: { uri, body: body as unknown as Record<string, unknown> } },
    registered: true,
  };
}

/** The CA's terms URL for the error message; the message still helps when the CA is unreachable. */
export async function termsOfService(client: acme.Client): Promise<string | undefined> {
  try {
    return (await client.getTermsOfServiceUrl()) || undefined;
  } catch {
    return undefined;
  }
}

function explainRegistrationError(error: unknown, config: AcmeConfig): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (!config.externalAccountBinding && /externalAccount/i.test(message)) {
    return new Error(
      `The CA requires external account binding: set the inputs eab-kid and eab-hmac-key from your CA account's dashboard. The CA said: ${message}`,
    );
  }
  return new Error(`Could not register an ACME account at ${config.directoryUrl}: ${message}`);
}

function isAccountGone(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /account.*(does not exist|not found|unknown|deactivated)|no such account|accountDoesNotExist/i.test(message);
}
