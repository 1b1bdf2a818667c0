// Places one order and answers every DNS-01 challenge at once: all TXT records are added, their
// propagation is awaited once, then every challenge is answered (lego's and certmagic's way).
import { createPrivateKey } from 'node:crypto';
import * as acme from 'acme-client';
import { isIpAddress } from '../config/domains.js';
import type { Log } from '../util/log.js';
import { acmeStep } from './acme-http.js';
import { chainIssuerNames, issuerChain } from './certificate-info.js';

export interface Dns01Challenge {
  /** The identifier, without the wildcard label. */
  readonly domain: string;
  /** The TXT value: base64url(SHA-256(key authorization)). */
  readonly value: string;
}

/** Publishes the TXT records and waits until they are visible; `cleanUp` removes exactly them. */
export type Dns01Solver = (challenges: Dns01Challenge[]) => Promise<{ cleanUp(): Promise<void> }>;

export interface OrderRequest {
  readonly client: acme.Client;
  readonly domains: readonly string[];
  /** The user's CSR; otherwise a CSR is made for `keyPem`. */
  readonly csrPem?: string;
  readonly keyPem?: string;
  /** The ARI identifier of the certificate this order replaces (RFC 9773 §5). */
  readonly replaces?: string;
  /** The CA profile to order under; '' or absent for the CA's default. */
  readonly profile?: string;
  /** Issuer common name of the root to prefer among the CA's alternate chains. */
  readonly preferredChain?: string;
  readonly solve: Dns01Solver;
  readonly log: Log;
}

export interface IssuedChain {
  readonly fullchainPem: string;
  readonly issuerPem: string;
  readonly certUrl: string;
}

export async function orderCertificate(request: OrderRequest): Promise<IssuedChain> {
  const { client, domains, log } = request;
  const order = await acmeStep('Creating the order', () => createOrder(request));
  log.info(`Order ${order.url} for ${domains.join(', ')}`);

  const authorizations = await acmeStep('Reading the authorizations', () => client.getAuthorizations(order));
  const pending = authorizations.filter((authz) => authz.status === 'pending');
  const answers = await Promise.all(
    pending.map(async (authz) => {
      // RFC 8738 §7: an IP address is never validated through DNS.
      if (authz.identifier.type === 'ip') throw new Error(`The IP address ${authz.identifier.value} cannot be validated by dns-01`);
      const challenge = authz.challenges.find((candidate) => candidate.type === 'dns-01');
      if (!challenge) throw new Error(`The CA offers no dns-01 challenge for ${authz.identifier.value}`);
      return { authz, challenge, value: await client.getChallengeKeyAuthorization(challenge) };
    }),
  );
  if (answers.length > 0) {
    const presented = await request.solve(answers.map(({ authz, value }) => ({ domain: authz.identifier.value, value })));
    try {
      await Promise.all(
        answers.map(async ({ authz, challenge }) => {
          const name = `${authz.wildcard ? '*.' : ''}${authz.identifier.value}`;
          try {
            await acmeStep('Answering the challenge', () => client.completeChallenge(challenge));
            await acmeStep('Waiting for the validation', () => client.waitForValidStatus(challenge));
          } catch (error) {
            throw new Error(`The CA could not validate ${name}: ${(error as Error).message}`);
          }
        }),
      );
    } finally {
      await presented.cleanUp();
    }
  }
  // The returned object lacks the order URL that finalizing and downloading need: keep ours.
  await acmeStep('Waiting for the order to be ready', () => client.waitForValidStatus(order));

  const csr = request.csrPem ?? (await createCsr(domains, request.keyPem));
  const finalized = await acmeStep('Finalizing the order', () => client.finalizeOrder(order, csr));
  // A CA that finalizes asynchronously (RFC 8555 §7.4) answers `processing` without the certificate
  // URL; the final order has it, and lego's .json records it.
  const ready =
    finalized.status === 'valid'
      ? finalized
      : { ...(await acmeStep('Waiting for the certificate', () => client.waitForValidStatus(finalized))), url: finalized.url };
  const fullchainPem = await acmeStep('Downloading the certificate', () => downloadChain(client, ready, request.preferredChain, log));
  return { fullchainPem, issuerPem: issuerChain(fullchainPem), certUrl: ready.certificate ?? '' };
}

/**
 * The default chain, or the CA's alternate (RFC 8555 §7.4.2 `Link: rel="alternate"`) whose issuers
 * include the preferred root name; acme-client fetches the alternates and falls back to the
 * default silently, so the fallback is said here.
 */
async function downloadChain(client: acme.Client, order: acme.Order, preferredChain: string | undefined, log: Log): Promise<string> {
  if (!preferredChain) return client.getCertificate(order);
  const chain = await client.getCertificate(order, preferredChain);
  const issuers = chainIssuerNames(chain);
  if (issuers.includes(preferredChain)) {
    log.info(`Using the chain up to ${preferredChain}, as preferred-chain asks.`);
  } else {
    log.notice(
      `preferred-chain: the CA offers no chain up to '${preferredChain}'; keeping its default chain (issuers: ${issuers.join(' → ') || 'none'}).`,
    );
  }
  return chain;
}

async function createOrder({ client, domains, replaces, profile, log }: OrderRequest): Promise<acme.Order> {
  const identifiers = domains.map((value) => ({ type: isIpAddress(value) ? 'ip' : 'dns', value }));
  // acme-client sends the payload as given; its OrderCreateRequest type predates `profile` and `replaces`.
  const payload = profile ? { identifiers, profile } : { identifiers };
  if (replaces) {
    const replacement = { ...payload, replaces };
    try {
      return await client.createOrder(replacement);
    } catch (error) {
      // acme-client keeps the problem's detail but not its type, so go by the wording: Boulder's
      // refusals (alreadyReplaced among them) start "Could not validate ARI 'replaces' field".
      const message = error instanceof Error ? error.message : String(error);
      if (!/replace/i.test(message)) throw error;
      log.info(`The CA refused the order as a replacement of certificate ${replaces} (${message}); ordering without naming it.`);
    }
  }
  return client.createOrder(payload);
}

async function createCsr(domains: readonly string[], keyPem: string | undefined): Promise<Buffer> {
  if (!keyPem) throw new Error('a certificate key is needed when no CSR is given');
  // acme-client's CSR builder imports keys as PKCS#8 only.
  const pkcs8 = createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'pem' });
  const [first] = domains;
  const [, csr] = await acme.crypto.createCsr(
    // An IP address goes only into the subjectAltName, as Let's Encrypt issues IP certificates.
    { commonName: first.length <= 64 && !isIpAddress(first) ? first : undefined, altNames: [...domains] },
    pkcs8,
  );
  return csr;
}
