// Brings the state folder's certificate up to date: decide, and only when due, order it and write
// it back in lego's layout. Knows nothing of how challenges are published or where state is kept.
import type { Log } from '../util/log.js';
import { readAccount, writeAccount } from '../state/account-store.js';
import { readCertificate, removeCertificateKey, writeCertificate, type StoredCertificate } from '../state/certificate-store.js';
import type { AcmeConfig } from './acme-config.js';
import { openAccount } from './account.js';
import { ariCertId, fetchRenewalInfo, renewalInfoGet, renewalInfoUrl, type RenewalWindow } from './ari.js';
import { csrMatchesCertificate, describeCertificate, keyMatchesCertificate, type CertificateInfo } from './certificate-info.js';
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
    now: deps.now(),
  };
  let decision = decideRenewal(request);
  const get = renewalInfoGet(config.caCertificates);
  const certId = current && decision.action !== 'issue' ? ariCertIdOf(current, log) : undefined;
  let ariWindow: RenewalWindow | undefined;
  // Asked only when the local rule keeps the certificate, so an unchanged run costs two unsigned
  // GETs and no signed request; it changes nothing, so a dry run asks too.
  if (decision.action === 'keep' && certId) {
    ariWindow = await fetchRenewalInfo(config.directoryUrl, certId, get, log);
    if (ariWindow) decision = decideRenewal({ ...request, ariWindow });
  }
  log.info(`Certificate ${config.certificateName}: ${decision.action} (${decision.reason})`);
  if (decision.action === 'keep' || deps.dryRun) {
    return { result: 'unchanged', decision, certificate: current, info: currentInfo };
  }

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
  const replaces =
    decision.action === 'renew' && certId && (ariWindow || (await renewalInfoUrl(config.directoryUrl, get, log)))
      ? certId
      : undefined;
  const issued = await orderCertificate({
    client,
    domains: config.domains,
    csrPem: config.csrPem,
    keyPem,
    replaces,
    solve: deps.solve,
    log,
  });
  const certificate: StoredCertificate = {
    fullchainPem: issued.fullchainPem,
    issuerPem: issued.issuerPem,
    keyPem,
    meta: { domain: config.domains[0], certUrl: issued.certUrl, certStableUrl: issued.certUrl },
  };
  writeCertificate(statePath, config.certificateName, certificate);
  const info = describeCertificate(certificate.fullchainPem);
  log.info(`Certificate ${config.certificateName} ${decision.action === 'issue' ? 'issued' : 'renewed'}: serial ${info.serial}, valid until ${info.notAfter.toISOString()}`);
  return { result: decision.action === 'issue' ? 'issued' : 'renewed', decision, certificate, info };
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
