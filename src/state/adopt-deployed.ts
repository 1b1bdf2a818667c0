// When the cached state is gone (evicted after 7 days unused, new repository, changed key), the
// certificate still lives on the hosts. Adopting it, instead of ordering blind, keeps the run clear
// of the CA's limit of 5 identical certificates a week.
import { describeCertificate, issuerChain, keyMatchesCertificate } from '../acme/certificate-info.js';
import { decideRenewal } from '../acme/renewal-policy.js';
import type { Config } from '../config/config.js';
import { sameNames } from '../config/domains.js';
import { deployTargets, fetchDeployedCertificate } from '../deploy/deploy.js';
import type { SshSessions } from '../deploy/ssh-sessions.js';
import type { Log } from '../util/log.js';
import { readCertificate, writeCertificate } from './certificate-store.js';

/** Adopts a deployed certificate into an empty state folder; returns what was adopted, for the report. */
export async function adoptDeployedCertificate(
  config: Config,
  log: Log,
  now: Date,
  sessions?: SshSessions,
): Promise<string | undefined> {
  const { acme, deploy, statePath } = config;
  // With a user's CSR the key never leaves the user's hands, so there is nothing complete to adopt.
  if (deployTargets(deploy).length === 0 || acme.csrPem) return undefined;
  if (readCertificate(statePath, acme.certificateName)) return undefined;

  const found = await fetchDeployedCertificate(deploy, acme.certificateName, { log, sessions });
  if (!found?.keyPem) {
    log.info('No host holds a certificate and key to adopt.');
    return undefined;
  }
  const info = describeCertificate(found.fullchainPem);
  const refuse = (why: string) => {
    log.info(`Not adopting the certificate on ${found.target}: ${why}.`);
    return undefined;
  };
  if (!sameNames(info.domains, acme.domains)) return refuse(`it is for ${info.domains.join(', ')}`);
  if (!keyMatchesCertificate(found.keyPem, found.fullchainPem)) return refuse('its key does not match it');
  const decision = decideRenewal({ ...acme, current: { info, usable: true }, forceRenew: false, now });
  if (decision.action !== 'keep') return refuse(decision.reason);

  writeCertificate(statePath, acme.certificateName, {
    fullchainPem: found.fullchainPem,
    issuerPem: issuerChain(found.fullchainPem),
    keyPem: found.keyPem,
    meta: { domain: acme.domains[0], certUrl: '', certStableUrl: '' },
  });
  const message = `Adopted the certificate deployed on ${found.target} (serial ${info.serial}, valid until ${info.notAfter.toISOString()}) instead of ordering a new one: the cached state was missing.`;
  log.info(message);
  return message;
}
