// Brings the state folder's certificate up to date: decide, and only when due, order it and write
// it back in lego's layout. Knows nothing of how challenges are published or where state is kept.
import type { Log } from '../util/log.js';
import { readAccount, writeAccount } from '../state/account-store.js';
import {
  readCertificate,
  removeCertificateKey,
  writeCertificate,
  writeCertificateMeta,
  type StoredCertificate,
  type StoredRenewalInfo,
} from '../state/certificate-store.js';
import type { AcmeConfig } from './acme-config.js';
import { openAccount } from './account.js';
import { ariCertId, fetchRenewalInfo, renewalPoint, type RenewalWindow } from './ari.js';
import { describeCertificate, keyMatchesCertificate, type CertificateInfo } from './certificate-info.js';
import { csrMatchesCertificate } from './csr.js';
import { checkProfile, readDirectory, unsignedGet, type HttpGet } from './directory.js';
import { generatePrivateKey } from './keys.js';
import { orderCertificate, type ChallengeSolver } from './order.js';
import { decideRenewal, type Decision, type RenewalRequest } from './renewal-policy.js';
import { serverFolderName } from './servers.js';

export type CertificateResult = 'issued' | 'renewed' | 'unchanged';

export interface CertificateOutcome {
  readonly result: CertificateResult;
  readonly decision: Decision;
  /** Absent only in a dry run that would issue the first certificate. */
  readonly certificate?: StoredCertificate;
  readonly info?: CertificateInfo;
}

export interface CertificateDeps {
  readonly statePath: string;
  readonly solve: ChallengeSolver;
  readonly log: Log;
  readonly now: () => Date;
  readonly dryRun: boolean;
  /** A certificate adopted from the hosts this run, used in place of the state folder's (a dry run does not write it there). */
  readonly adopted?: StoredCertificate;
  /** The run's stop: requests to the CA are cut short. */
  readonly signal?: AbortSignal;
}

export async function ensureCertificate(config: AcmeConfig, deps: CertificateDeps): Promise<CertificateOutcome> {
  const { statePath, log } = deps;
  // Adoption never happens with a CSR, so an adopted certificate always has its key.
  const current = deps.adopted ?? readStoredCertificate(config, deps);
  const currentInfo = current ? describeCertificate(current.fullchainPem) : undefined;
  const request: RenewalRequest = {
    domains: config.domains,
    renewDays: config.renewDays,
    forceRenew: config.forceRenew,
    current: current && currentInfo ? { info: currentInfo, ...keyState(config, current) } : undefined,
    profile: current && { wanted: config.profile, current: current.meta.profile ?? '' },
    now: deps.now(),
  };
  let decision = decideRenewal(request);
  const get = unsignedGet(config.caCertificates);
  const certId = current && decision.action !== 'issue' ? ariCertIdOf(current, log) : undefined;
  // Asked only when the local rule keeps the certificate, so an unchanged run costs two unsigned
  // GETs and no signed request; it changes nothing but the stored advice, so a dry run asks too.
  if (decision.action === 'keep' && current && certId) {
    const window = await renewalAdvice(config, current, certId, get, deps);
    if (window) decision = decideRenewal({ ...request, ari: { window, renewAt: renewalPoint(window, certId) } });
  }
  log.info(`Certificate ${config.certificateName}: ${decision.action} (${decision.reason})`);
  if (decision.action === 'keep') return { result: 'unchanged', decision, certificate: current, info: currentInfo };
  // Read before any signed request, so that a profile the CA lacks is the input error it is.
  const directory = await readDirectory(config.directoryUrl, get);
  checkProfile(config.profile, directory, config.directoryUrl);
  if (deps.dryRun) return { result: 'unchanged', decision, certificate: current, info: currentInfo };

  const serverFolder = serverFolderName(config.directoryUrl);
  const { client, account, registered } = await openAccount(config, readAccount(statePath, serverFolder, config.email), log, deps.signal);
  // Saved before ordering: a failed order must not cost a new registration (CAs rate-limit those).
  if (registered) writeAccount(statePath, serverFolder, account);

  const keyPem = config.csrPem
    ? undefined
    : config.reuseKey && current?.keyPem && decision.action === 'renew'
      ? current.keyPem
      : await generatePrivateKey(config.keyType);
  // Naming the replaced certificate lets Let's Encrypt exempt a renewal in its window from all rate
  // limits; RFC 9773 §5 says to name it only to a CA whose directory offers renewalInfo.
  const replaces = decision.action === 'renew' && certId && directory.renewalInfo ? certId : undefined;
  const issued = await orderCertificate({
    client,
    domains: config.domains,
    csrPem: config.csrPem,
    keyPem,
    replaces,
    profile: config.profile,
    preferredChain: config.preferredChain,
    solve: deps.solve,
    log,
  });
  const certificate: StoredCertificate = {
    fullchainPem: issued.fullchainPem,
    issuerPem: issued.issuerPem,
    keyPem,
    meta: {
      domain: config.domains[0],
      certUrl: issued.certUrl,
      certStableUrl: issued.certUrl,
      ...(config.profile && { profile: config.profile }),
      ...(config.preferredChain && { preferredChain: config.preferredChain }),
    },
  };
  writeCertificate(statePath, config.certificateName, certificate);
  const info = describeCertificate(certificate.fullchainPem);
  log.info(`Certificate ${config.certificateName} ${decision.action === 'issue' ? 'issued' : 'renewed'}: serial ${info.serial}, valid until ${info.notAfter.toISOString()}`);
  return { result: decision.action === 'issue' ? 'issued' : 'renewed', decision, certificate, info };
}

/**
 * The CA's renewal window for the current certificate: its last answer while that answer's
 * Retry-After holds (RFC 9773 §4.3 — not asked again before then), else a fresh one, kept beside
 * the certificate when it comes with a Retry-After.
 */
async function renewalAdvice(
  config: AcmeConfig,
  current: StoredCertificate,
  certId: string,
  get: HttpGet,
  deps: CertificateDeps,
): Promise<RenewalWindow | undefined> {
  const stored = current.meta.renewalInfo;
  if (stored?.certId === certId && stored.retryAfter && Date.parse(stored.retryAfter) > deps.now().getTime()) {
    deps.log.info(`ARI: the CA asked not to be asked again before ${stored.retryAfter}; using its last answer.`);
    return {
      start: new Date(stored.suggestedWindow.start),
      end: new Date(stored.suggestedWindow.end),
      ...(stored.explanationURL && { explanationUrl: stored.explanationURL }),
    };
  }
  const window = await fetchRenewalInfo(config.directoryUrl, certId, get, deps.log);
  if (window?.retryAfter && !deps.dryRun) {
    const renewalInfo: StoredRenewalInfo = {
      certId,
      suggestedWindow: { start: window.start.toISOString(), end: window.end.toISOString() },
      ...(window.explanationUrl && { explanationURL: window.explanationUrl }),
      retryAfter: window.retryAfter.toISOString(),
    };
    writeCertificateMeta(deps.statePath, config.certificateName, { ...current.meta, renewalInfo });
  }
  return window;
}

/** Undefined when the certificate cannot be named to the CA (no Authority Key Identifier): ARI is then skipped. */
function ariCertIdOf(current: StoredCertificate, log: Log): string | undefined {
  try {
    return ariCertId(current.fullchainPem);
  } catch (error) {
    log.debug(`ARI: skipped, the certificate cannot be identified: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * The state folder's certificate. With a CSR the private key is the user's: a `.key` left from
 * runs before the switch to `csr` would be reported and deployed next to a certificate it does not
 * match, so it is dropped (from the folder too, except in a dry run, which writes nothing).
 */
function readStoredCertificate(config: AcmeConfig, deps: CertificateDeps): StoredCertificate | undefined {
  const current = readCertificate(deps.statePath, config.certificateName);
  if (!config.csrPem || !current?.keyPem) return current;
  if (!deps.dryRun) removeCertificateKey(deps.statePath, config.certificateName);
  deps.log.info(`Certificate ${config.certificateName}: csr is set, so the stored private key is not used${deps.dryRun ? '' : ' and was removed'}.`);
  return { ...current, keyPem: undefined };
}

function keyState(config: AcmeConfig, current: StoredCertificate): { usable: boolean; keyChange?: string } {
  if (config.csrPem) {
    return csrMatchesCertificate(config.csrPem, current.fullchainPem)
      ? { usable: true }
      : { usable: true, keyChange: "the CSR's public key differs from the stored certificate's: a certificate for the new key is due at once" };
  }
  return { usable: Boolean(current.keyPem && keyMatchesCertificate(current.keyPem, current.fullchainPem)) };
}
