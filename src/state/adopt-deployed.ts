// The hosts may hold a better certificate than the state folder: when the cached state is gone
// (evicted after 7 days unused, new repository, changed key), or restored from an older entry after a
// failed save. Adopting it, instead of ordering blind or pushing the older one over it, keeps the run
// clear of the CA's limit of 5 identical certificates a week. Only a certificate this run would have
// obtained itself qualifies: the configured CA's, for exactly the requested names, with its key.
import { createHash, createPrivateKey, type X509Certificate } from 'node:crypto';
import { ariCertId, askRenewalInfo, renewalInfoUrl, renewalPoint, type RenewalWindow } from '../acme/ari.js';
import { parsePemCertificates, trustAnchors, verifyChain } from '../acme/ca-trust.js';
import { describeCertificate, issuerChain, keyMatchesCertificate, type CertificateInfo } from '../acme/certificate-info.js';
import type { AcmeConfig } from '../acme/acme-config.js';
import { unsignedGet, type HttpGet } from '../acme/directory.js';
import { decideRenewal, type Decision } from '../acme/renewal-policy.js';
import type { Config } from '../config/config.js';
import { sameNames } from '../config/domains.js';
import { deployTargets } from '../deploy/deploy-config.js';
import { readDeployedFiles, type DeployedFiles } from '../deploy/deploy.js';
import type { SshSessions } from '../deploy/ssh-sessions.js';
import type { Log } from '../util/log.js';
import { readCertificate, writeCertificate, type StoredCertificate } from './certificate-store.js';

export interface Adoption {
  /** In a dry run it is not written to the state folder: the run only uses it to decide. */
  readonly certificate: StoredCertificate;
  /** What was (or, in a dry run, would be) adopted and why, for the report. */
  readonly message: string;
}

interface Candidate {
  readonly hosts: string[];
  readonly fullchainPem: string;
  readonly keyPem: string;
  readonly info: CertificateInfo;
}

/** Adopts the best certificate deployed on the hosts when it beats the state folder's; undefined otherwise. */
export async function adoptDeployedCertificate(
  config: Config,
  log: Log,
  now: Date,
  sessions?: SshSessions,
): Promise<Adoption | undefined> {
  const { acme, deploy, statePath } = config;
  // With a user's CSR the key never leaves the user's hands, so there is nothing complete to adopt.
  if (deployTargets(deploy).length === 0 || acme.csrPem) return undefined;
  const stored = storedCertificate(acme, statePath);
  // Parsing the system roots costs more than everything else here: only a host holding another
  // certificate than the state's needs them.
  let anchors: X509Certificate[] | undefined;
  const trusted = () => (anchors ??= trustAnchors(acme.caCertificates));
  const found = await readDeployedFiles(deploy, acme.certificateName, log, sessions, stored?.fullchainPem);
  const candidates = distinct(sameFiles(found).flatMap(({ files, hosts }) => examine(files, hosts, acme, trusted, log, now) ?? []))
    .filter((candidate) => isNewer(candidate, stored?.info, log))
    .sort((a, b) => b.info.notAfter.getTime() - a.info.notAfter.getTime());
  const best = await firstKnownToCa(candidates, acme, log, now);
  if (!best) {
    if (!stored) log.info('No host holds a certificate to adopt.');
    return undefined;
  }

  const certificate: StoredCertificate = {
    fullchainPem: best.fullchainPem,
    issuerPem: issuerChain(best.fullchainPem),
    keyPem: best.keyPem,
    // The deployed certificate's profile cannot be read from it: assume the one asked for, rather
    // than renew at once for a change that probably never happened.
    meta: { domain: acme.domains[0], certUrl: '', certStableUrl: '', ...(acme.profile && { profile: acme.profile }) },
  };
  if (!config.dryRun) writeCertificate(statePath, acme.certificateName, certificate);
  const what = `the certificate deployed on ${best.hosts.join(', ')} (serial ${best.info.serial}, valid until ${best.info.notAfter.toISOString()})`;
  const why = stored
    ? `it is newer than the state's (serial ${stored.info.serial}, valid until ${stored.info.notAfter.toISOString()}), which would have replaced it`
    : 'the state held no usable certificate for these names';
  const message = `${config.dryRun ? 'Dry run: would adopt' : 'Adopted'} ${what} instead of ${stored ? 'deploying the older one' : 'ordering a new one'}: ${why}.`;
  log.info(message);
  return { certificate, message };
}

/** The state's certificate, when it is one the run would keep using: same names, key present and matching. */
function storedCertificate(acme: AcmeConfig, statePath: string): { info: CertificateInfo; fullchainPem: string } | undefined {
  const stored = readCertificate(statePath, acme.certificateName);
  if (!stored?.keyPem) return undefined;
  const info = describeCertificate(stored.fullchainPem);
  const usable = sameNames(info.domains, acme.domains) && keyMatchesCertificate(stored.keyPem, stored.fullchainPem);
  return usable ? { info, fullchainPem: stored.fullchainPem } : undefined;
}

/** The hosts that hold byte-identical files, so that a fleet deployed alike is examined once. */
function sameFiles(found: readonly DeployedFiles[]): { files: DeployedFiles; hosts: string[] }[] {
  const groups = new Map<string, { files: DeployedFiles; hosts: string[] }>();
  for (const files of found) {
    const content = createHash('sha256').update(files.cert).update('\0').update(files.key).digest('hex');
    const group = groups.get(content);
    if (group) group.hosts.push(files.target);
    else groups.set(content, { files, hosts: [files.target] });
  }
  return [...groups.values()];
}

/** The pair on `hosts` when it could replace an order; otherwise logs why not and gives undefined. */
function examine(
  files: DeployedFiles,
  hosts: string[],
  acme: AcmeConfig,
  anchors: () => readonly X509Certificate[],
  log: Log,
  now: Date,
): Candidate | undefined {
  const target = hosts.join(', ');
  const fullchainPem = files.cert.toString('utf8');
  const keyPem = files.key.toString('utf8');
  let chain: X509Certificate[];
  try {
    chain = parsePemCertificates(fullchainPem);
  } catch (error) {
    log.warning(`${target}: skipped for adoption, ${files.certPath} is not a PEM certificate chain (${(error as Error).message}).`);
    return undefined;
  }
  try {
    createPrivateKey(keyPem);
  } catch {
    log.warning(`${target}: skipped for adoption, ${files.keyPath} is not a readable PEM private key.`);
    return undefined;
  }
  const info = describeCertificate(fullchainPem);
  const why = (): string | undefined => {
    if (!sameNames(info.domains, acme.domains)) return `it is for ${info.domains.join(', ') || 'no DNS name'}, not ${acme.domains.join(', ')}`;
    if (!keyMatchesCertificate(keyPem, fullchainPem)) return `its key ${files.keyPath} does not match it`;
    const verdict = verifyChain(chain, anchors(), now);
    if (!verdict.trusted) return `it is not from the configured CA: ${verdict.reason}`;
    if (now.getTime() < info.notBefore.getTime()) return `it is not valid before ${info.notBefore.toISOString()}`;
    const decision = decide(acme, info, now);
    return decision.action !== 'keep' ? decision.reason : undefined;
  };
  const candidate = { hosts: [...hosts], fullchainPem, keyPem, info };
  const reason = why();
  if (!reason) return candidate;
  notAdopting(candidate, reason, log);
  return undefined;
}

/** One candidate per certificate, naming every host that holds it. */
function distinct(candidates: readonly Candidate[]): Candidate[] {
  const byFingerprint = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const seen = byFingerprint.get(candidate.info.fingerprintSha256);
    if (seen) seen.hosts.push(...candidate.hosts);
    else byFingerprint.set(candidate.info.fingerprintSha256, candidate);
  }
  return [...byFingerprint.values()];
}

function isNewer(candidate: Candidate, stored: CertificateInfo | undefined, log: Log): boolean {
  if (!stored || candidate.info.notAfter.getTime() > stored.notAfter.getTime()) return true;
  if (candidate.info.fingerprintSha256 !== stored.fingerprintSha256) notAdopting(candidate, "the state's is as new or newer", log);
  return false;
}

/**
 * The first candidate the CA does not disown. When the CA offers renewal information (RFC 9773), it
 * answers 404 for a certificate it did not issue — the one check that tells its certificates from
 * another publicly trusted CA's — and its window may already say the certificate is due.
 */
async function firstKnownToCa(candidates: readonly Candidate[], acme: AcmeConfig, log: Log, now: Date): Promise<Candidate | undefined> {
  if (candidates.length === 0) return undefined;
  const get: HttpGet = unsignedGet(acme.caCertificates);
  const base = await renewalInfoUrl(acme.directoryUrl, get, log);
  if (!base) return candidates[0];
  for (const candidate of candidates) {
    const refuse = (why: string) => notAdopting(candidate, why, log);
    let certId: string;
    try {
      certId = ariCertId(candidate.fullchainPem);
    } catch (error) {
      refuse(`the CA cannot be asked about it: ${(error as Error).message}`);
      continue;
    }
    const answer = await askRenewalInfo(base, certId, get, log);
    if (answer.kind === 'unknown') {
      refuse(`the CA's renewal information (ARI) does not know it, so ${acme.directoryUrl} did not issue it`);
      continue;
    }
    const decision =
      answer.kind === 'window'
        ? decide(acme, candidate.info, now, { window: answer.window, renewAt: renewalPoint(answer.window, certId) })
        : undefined;
    if (decision && decision.action !== 'keep') {
      refuse(decision.reason);
      continue;
    }
    return candidate;
  }
  return undefined;
}

/** The renewal rule as it would judge the certificate if it were in the state, force-renew aside. */
function decide(acme: AcmeConfig, info: CertificateInfo, now: Date, ari?: { window: RenewalWindow; renewAt: Date }): Decision {
  return decideRenewal({ domains: acme.domains, renewDays: acme.renewDays, current: { info, usable: true }, forceRenew: false, now, ari });
}

function notAdopting(candidate: Candidate, why: string, log: Log): void {
  log.info(`${candidate.hosts.join(', ')}: not adopting its certificate (serial ${candidate.info.serial}): ${why}.`);
}
