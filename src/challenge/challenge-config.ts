// The `challenge` input and the checks that tie it to the names, the hosts and the DNS provider, so a
// combination that cannot work fails before any network call.
import { isIpAddress } from '../config/domains.js';
import { InputError, readChoice, type InputSource } from '../config/input-helper.js';
import type { DeployConfig, DeployTarget } from '../deploy/deploy-config.js';

export const CHALLENGE_MODES = ['dns-01', 'http-01', 'auto'] as const;
export type ChallengeMode = (typeof CHALLENGE_MODES)[number];

export function readChallengeMode(src: InputSource): ChallengeMode {
  return readChoice(src, 'challenge', CHALLENGE_MODES, 'dns-01');
}

/** The hosts that answer HTTP-01: those with a webroot (their own `webroot` or `http-webroot`). */
export function webrootHosts(deploy: DeployConfig): DeployTarget[] {
  return deploy.targets.filter((target) => target.webroot !== undefined);
}

export function checkChallengeInputs(
  mode: ChallengeMode,
  domains: readonly string[],
  dnsConfigured: boolean,
  deploy: DeployConfig,
): void {
  const idle = deploy.targets.find((target) => !target.deploy && (mode === 'dns-01' || target.webroot === undefined));
  if (idle) {
    throw new InputError(
      'hosts',
      `host ${idle.label} has \`deploy: false\` but ${mode === 'dns-01' ? 'challenge is dns-01' : 'no webroot'}, so it would take no part`,
      'A challenge-only host needs `challenge: http-01` (or auto) and a `webroot` (or http-webroot); otherwise remove it.',
    );
  }
  const address = domains.find(isIpAddress);
  if (address && mode === 'dns-01') {
    // RFC 8738 §7: a CA validates an IP address at the address itself, never through DNS.
    throw new InputError(
      'challenge',
      `is dns-01, but ${address} is an IP address, which only http-01 can validate`,
      'Set challenge: http-01 (or auto) and the webroot of the host at that address (http-webroot or its `webroot`).',
    );
  }
  if (mode === 'dns-01') return;
  const wildcard = domains.find((name) => name.startsWith('*.'));
  if (wildcard && !dnsConfigured) {
    throw new InputError(
      'challenge',
      `is ${mode}, but ${wildcard} is a wildcard, which only dns-01 can validate, and no DNS provider is configured`,
      'Give the DNS provider’s credentials (e.g. ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY) so wildcards use dns-01, or drop the wildcard.',
    );
  }
  if (webrootHosts(deploy).length > 0 || domains.every((name) => name.startsWith('*.'))) return;
  if (deploy.targets.length === 0) {
    throw new InputError(
      'hosts',
      `is empty, but challenge ${mode} writes the HTTP-01 token to the hosts that serve the names`,
      'List the web servers in hosts (a host that only serves HTTP can have `deploy: false`), or use challenge: dns-01.',
    );
  }
  if (mode === 'http-01' || !dnsConfigured) {
    throw new InputError(
      'http-webroot',
      `is empty and no host in hosts has a \`webroot\`, so challenge ${mode} has nowhere to write the HTTP-01 token`,
      'Set http-webroot to the folder the web server serves /.well-known/acme-challenge/ from (nginx `root`), e.g. /var/www/html.',
    );
  }
}
