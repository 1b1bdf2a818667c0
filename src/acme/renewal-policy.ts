// When to order: a pure function of the current certificate, the request, the CA's advice and the
// clock, so the rule is tested without a CA.
import { sameNames } from '../config/domains.js';
import { DAY_MS, type CertificateInfo } from './certificate-info.js';
import type { RenewDays } from './acme-config.js';
import type { RenewalWindow } from './ari.js';

export type Decision =
  | { readonly action: 'issue'; readonly reason: string }
  | { readonly action: 'renew'; readonly reason: string }
  | { readonly action: 'keep'; readonly reason: string; readonly renewAt: Date };

export interface RenewalRequest {
  readonly domains: readonly string[];
  readonly renewDays: RenewDays;
  readonly forceRenew: boolean;
  /** The stored certificate and whether its key is present and matches (with a CSR: the CSR's). */
  readonly current?: {
    readonly info: CertificateInfo;
    readonly usable: boolean;
    /** Why the certificate must move to another key at once (a CSR for a new key). */
    readonly keyChange?: string;
  };
  /** The CA's suggested window for the current certificate (ARI), and this certificate's point in it. */
  readonly ari?: { readonly window: RenewalWindow; readonly renewAt: Date };
  /** The profile asked for now and the one the certificate was issued under ('' for none). */
  readonly profile?: { readonly wanted: string; readonly current: string };
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
  if (current.keyChange) return { action: 'renew', reason: current.keyChange };
  if (request.forceRenew) return { action: 'renew', reason: 'force-renew is set' };
  const profile = request.profile;
  if (profile && profile.wanted !== profile.current) {
    return { action: 'renew', reason: `the profile changed from ${profile.current || '(none)'} to ${profile.wanted || '(none)'}` };
  }
  if (now.getTime() >= current.info.notAfter.getTime()) return { action: 'renew', reason: 'the certificate has expired' };
  const localAt = renewalTime(current.info, request.renewDays);
  const ari = request.ari;
  // Whichever asks first wins; the CA's window may open early, e.g. ahead of a mass revocation.
  const ariFirst = ari !== undefined && ari.renewAt.getTime() < localAt.getTime();
  const renewAt = ariFirst ? ari.renewAt : localAt;
  if (now.getTime() >= renewAt.getTime()) {
    if (ariFirst) {
      const { window } = ari;
      const explanation = window.explanationUrl ? ` (${window.explanationUrl})` : '';
      const passed = now.getTime() >= window.end.getTime() ? ', and has already closed' : '';
      return {
        action: 'renew',
        reason: `the CA's renewal window (ARI) ${window.start.toISOString()} – ${window.end.toISOString()} is open${passed}; this certificate's point in it is ${renewAt.toISOString()}${explanation}`,
      };
    }
    const days = Math.floor((current.info.notAfter.getTime() - now.getTime()) / DAY_MS);
    return { action: 'renew', reason: `${days} days left, renewal due since ${renewAt.toISOString()}` };
  }
  const source = ariFirst ? " at this certificate's point in the CA's renewal window (ARI)" : '';
  return { action: 'keep', reason: `valid until ${current.info.notAfter.toISOString()}, renewal due ${renewAt.toISOString()}${source}`, renewAt };
}

/** The moment renewal becomes due: N days before expiry, or (auto) when 1/3 (1/2 for ≤ 10-day certificates) of the lifetime remains. */
export function renewalTime(info: CertificateInfo, renewDays: RenewDays): Date {
  const end = info.notAfter.getTime();
  if (renewDays !== 'auto') return new Date(end - renewDays * DAY_MS);
  const lifetime = end - info.notBefore.getTime();
  const fraction = lifetime <= 10 * DAY_MS ? 1 / 2 : 1 / 3;
  return new Date(end - lifetime * fraction);
}
