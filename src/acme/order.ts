// Places one order and answers every DNS-01 challenge at once: all TXT records are added, their
// propagation is awaited once, then every challenge is answered (lego's and certmagic's way).
import { createPrivateKey } from 'node:crypto';
import * as acme from 'acme-client';
import type { Log } from '../util/log.js';
import { acmeStep } from './acme-http.js';
import { issuerChain } from './certificate-info.js';

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
  const fullchainPem = await acmeStep('Downloading the certificate', () => client.getCertificate(ready));
  return { fullchainPem, issuerPem: issuerChain(fullchainPem), certUrl: ready.certificate ?? '' };
}

async function createOrder({ client, domains, replaces, log }: OrderRequest): Promise<acme.Order> {
  const identifiers = domains.map((value) => ({ type: 'dns', value }));
  if (replaces) {
    // acme-client sends the payload as given; its OrderCreateRequest type predates `replaces`.
    const replacement = { identifiers, replaces };
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
  return client.createOrder({ identifiers });
}

async function createCsr(domains: readonly string[], keyPem: string | undefined): Promise<Buffer> {
  if (!keyPem) throw new Error('a certificate key is needed when no CSR is given');
  // acme-client's CSR builder imports keys as PKCS#8 only.
  const pkcs8 = createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'pem' });
  const [first] = domains;
  const [, csr] = await acme.crypto.createCsr(
    { commonName: first.length <= 64 ? first : undefined, altNames: [...domains] },
    pkcs8,
  );
  return csr;
}
