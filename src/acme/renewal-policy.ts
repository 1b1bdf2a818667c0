// When to order: a pure function of the current certificate, the request and the clock, so the
// rule is tested without a CA and a run that decides "unchanged" touches no network at all.
import { sameNames } from '../config/domains.js';
import { DAY_MS, type CertificateInfo } from './certificate-info.js';
import type { RenewDays } from './acme-config.js';

export type Decision =
  | { readonly action: 'issue'; readonly reason: string }
  | { readonly action: 'renew'; readonly reason: string }
  | { readonly action: 'keep'; readonly reason: string; readonly renewAt: Date };

export interface RenewalRequest {
  readonly domains: readonly string[];
  readonly renewDays: RenewDays;
  readonly forceRenew: boolean;
  /** The stored certificate and whether its key is present and matches (not needed with a CSR). */
  readonly current?: { readonly info: CertificateInfo; readonly usable: boolean };
  readonly now: Date;
}

export function decideRenewal(request: RenewalRequest): Decision {
  const { current, now } = request;
  if (!current) return { action: 'issue', reason: 'no certificate in the state folder' };
  if (!sameNames(current.info.domains, request.domains)) {
    return {
      action: 'issue',
      reason: `the requested names (${request.domains.join(', ')}) differ from the certificate's (${current.info.domains.join(', ')})`,
    };
  }
  if (!current.usable) return { action: 'issue', reason: 'the stored private key is missing or does not match the certificate' };
  if (request.forceRenew) return { action: 'renew', reason: 'force-renew is set' };
  const renewAt = renewalTime(current.info, request.renewDays);
  if (now.getTime() >= current.info.notAfter.getTime()) return { action: 'renew', reason: 'the certificate has expired' };
  if (now.getTime() >= renewAt.getTime()) {
    const days = Math.floor((current.info.notAfter.getTime() - now.getTime()) / DAY_MS);
    return { action: 'renew', reason: `${days} days left, renewal due since ${renewAt.toISOString()}` };
  }
  return { action: 'keep', reason: `valid until ${current.info.notAfter.toISOString()}, renewal due ${renewAt.toISOString()}`, renewAt };
}

/** The moment renewal becomes due: N days before expiry, or (auto) when 1/3 (1/2 for ≤ 10-day certificates) of the lifetime remains. */
export function renewalTime(info: CertificateInfo, renewDays: RenewDays): Date {
  const end = info.notAfter.getTime();
  if (renewDays !== 'auto') return new Date(end - renewDays * DAY_MS);
  const lifetime = end - info.notBefore.getTime();
  const fraction = lifetime <= 10 * DAY_MS ? 1 / 2 : 1 / 3;
  return new Date(end - lifetime * fraction);
}
