// Places one order and answers its challenges all at once: every authorization's answer is published
// (TXT records, token files) and checked first, then every challenge is answered (lego's and
// certmagic's way). Which challenge answers which authorization is the solver's choice.
import { createPrivateKey } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import * as acme from 'acme-client';
import { isIpAddress } from '../config/domains.js';
import type { Log } from '../util/log.js';
import { acmeStep } from './acme-http.js';
import { FIRST_POLL_MS } from './acme-session.js';
import { chainIssuerNames, issuerChain } from './certificate-info.js';

type Challenge = acme.Authorization['challenges'][number];

export interface Dns01Challenge {
  /** The identifier, without the wildcard label. */
  readonly domain: string;
  /** The TXT value: base64url(SHA-256(key authorization)). */
  readonly value: string;
}

/** Publishes the TXT records and waits until they are visible; `cleanUp` removes exactly them. */
export type Dns01Solver = (challenges: Dns01Challenge[]) => Promise<{ cleanUp(): Promise<void> }>;

export type ChallengeType = 'dns-01' | 'http-01';

/** One pending authorization and the answers to the challenges the CA offers for it. */
export interface ChallengeRequest {
  /** The identifier, without the wildcard label. */
  readonly domain: string;
  readonly wildcard: boolean;
  readonly dns01?: { readonly value: string };
  readonly http01?: { readonly token: string; readonly keyAuthorization: string };
}

export interface PresentedChallenges {
  /** The challenge published for each request, in the order of the requests. */
  readonly types: readonly ChallengeType[];
  /** Removes what was published; safe to call more than once. */
  cleanUp(): Promise<void>;
}

/** Chooses a challenge per authorization and publishes its answer, ready for the CA to check. */
export type ChallengeSolver = (requests: readonly ChallengeRequest[]) => Promise<PresentedChallenges>;

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
  readonly solve: ChallengeSolver;
  readonly log: Log;
}

export interface IssuedChain {
  readonly fullchainPem: string;
  readonly issuerPem: string;
  readonly certUrl: string;
}

export async function orderCertificate(request: OrderRequest): Promise<IssuedChain> {
  const { client, domains, log } = request;
  // Built while the order waits on the network (the CSR costs a first signature through
  // @peculiar/x509); awaited when finalizing, and a failure reported there, not as unhandled.
  const csr: Promise<string | Buffer> = request.csrPem !== undefined ? Promise.resolve(request.csrPem) : createCsr(domains, request.keyPem);
  csr.catch(() => undefined);
  const order = await acmeStep('Creating the order', () => createOrder(request));
  log.info(`Order ${order.url} for ${domains.join(', ')}`);

  const authorizations = await acmeStep('Reading the authorizations', () => client.getAuthorizations(order));
  const pending = authorizations.filter((authz) => authz.status === 'pending');
  const validated = pending.length > 0 ? await validate(client, pending, request.solve) : undefined;
  try {
    // The returned object lacks the order URL that finalizing and downloading need: keep ours.
    await acmeStep('Waiting for the order to be ready', () => client.waitForValidStatus(order));
    return await finish(request, order, await csr);
  } finally {
    await validated?.cleanedUp;
  }
}

/**
 * Has the CA validate every pending authorization. Resolves once all are valid, with the clean-up
 * of the records and tokens already under way: they are of no more use, and removing them while
 * the order is finalized takes them off the critical path.
 */
async function validate(
  client: acme.Client,
  pending: readonly acme.Authorization[],
  solve: ChallengeSolver,
): Promise<{ cleanedUp: Promise<void> }> {
  const offers = await Promise.all(pending.map((authz) => offeredChallenges(client, authz)));
  const presented = await solve(offers.map((offer) => offer.request));
  try {
    await Promise.all(
      offers.map(async ({ authz, byType }, index) => {
        const name = `${authz.wildcard ? '*.' : ''}${authz.identifier.value}`;
        const challenge = byType.get(presented.types[index])!;
        try {
          const answered = await acmeStep('Answering the challenge', () => client.completeChallenge(challenge));
          if (answered.status === 'valid') return;
          // The CA validates after the answer (RFC 8555 §7.5.1): a look at once only finds it pending,
          // so the polls start where their backoff does.
          await sleep(FIRST_POLL_MS);
          // Each challenge is polled, not the order: pebble 2.4 can deadlock when an order is read
          // while its authorizations are being validated (its lock order differs between the two).
          await acmeStep('Waiting for the validation', () => client.waitForValidStatus(challenge));
        } catch (error) {
          throw new Error(`The CA could not validate ${name} by ${challenge.type}: ${(error as Error).message}`);
        }
      }),
    );
  } catch (error) {
    await presented.cleanUp();
    throw error;
  }
  const cleanedUp = presented.cleanUp();
  // Awaited once the certificate is in hand, and any failure of it reported then, not as unhandled.
  cleanedUp.catch(() => undefined);
  return { cleanedUp };
}

async function finish(request: OrderRequest, order: acme.Order, csr: string | Buffer): Promise<IssuedChain> {
  const { client, log } = request;
  const finalized = await acmeStep('Finalizing the order', () => client.finalizeOrder(order, csr));
  // A CA that finalizes asynchronously (RFC 8555 §7.4) answers `processing` without the certificate
  // URL; the final order has it, and lego's .json records it.
  const ready = finalized.status === 'valid' ? finalized : { ...(await certificateIssued(client, finalized)), url: finalized.url };
  const fullchainPem = await acmeStep('Downloading the certificate', () => downloadChain(client, ready, request.preferredChain, log));
  return { fullchainPem, issuerPem: issuerChain(fullchainPem), certUrl: ready.certificate ?? '' };
}

/**
 * The order once the CA has issued its certificate. As after a challenge's answer, the first look
 * waits for the backoff's first step: at once it only finds the order processing, and pebble 2.4
 * can deadlock when an order is read just as it completes it.
 */
async function certificateIssued(client: acme.Client, finalized: acme.Order): Promise<acme.Order> {
  await sleep(FIRST_POLL_MS);
  return acmeStep('Waiting for the certificate', () => client.waitForValidStatus(finalized));
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

async function offeredChallenges(client: acme.Client, authz: acme.Authorization) {
  const byType = new Map<ChallengeType, Challenge>();
  for (const challenge of authz.challenges) {
    if ((challenge.type === 'dns-01' || challenge.type === 'http-01') && !byType.has(challenge.type)) byType.set(challenge.type, challenge);
  }
  // RFC 8738 §7: an IP address is never validated through DNS.
  const ip = authz.identifier.type === 'ip';
  if (ip && !byType.has('http-01')) throw new Error(`The CA offers no http-01 challenge for the IP address ${authz.identifier.value}, and dns-01 cannot validate one`);
  const dns = ip ? undefined : byType.get('dns-01');
  const http = byType.get('http-01');
  const request: ChallengeRequest = {
    domain: authz.identifier.value,
    wildcard: Boolean(authz.wildcard),
    // acme-client answers dns-01 with the TXT digest and http-01 with the key authorization itself.
    ...(dns ? { dns01: { value: await client.getChallengeKeyAuthorization(dns) } } : {}),
    ...(http && 'token' in http ? { http01: { token: http.token, keyAuthorization: await client.getChallengeKeyAuthorization(http) } } : {}),
  };
  return { authz, byType, request };
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
