// Maps a DNS-01 name to the hosted zone that must hold its TXT record. The zone comes from the
// provider's own zone list, not from SOA lookups: public resolvers (and Alibaba's servers for
// sub-names) answer SOA queries unreliably, and a multi-label suffix such as co.uk needs no
// public-suffix list when we only pick among zones the account really hosts.
import { domainToASCII } from 'node:url';

/** Lowercase ASCII (punycode) form without the trailing dot, the form zones are compared in. */
export function toAsciiName(name: string): string {
  const bare = name.trim().replace(/\.$/, '');
  // domainToASCII returns '' for names it rejects; keep those so the caller's error shows them.
  const ascii = /^[\x00-\x7f]*$/.test(bare) ? bare : domainToASCII(bare) || bare;
  return ascii.toLowerCase();
}

/** The name whose TXT record answers the DNS-01 challenge for `domain` (RFC 8555 §8.4). */
export function challengeName(domain: string): string {
  return `_acme-challenge.${toAsciiName(domain)}`;
}

/** The longest zone that `fqdn` is in or equals, matched on whole labels; undefined when none. */
export function findZone(fqdn: string, zones: readonly string[]): string | undefined {
  const name = toAsciiName(fqdn);
  let best: string | undefined;
  for (const candidate of zones) {
    const zone = toAsciiName(candidate);
    if (zone === '' || !(name === zone || name.endsWith(`.${zone}`))) continue;
    if (best === undefined || zone.length > best.length) best = zone;
  }
  return best;
}

/** `fqdn` relative to `zone`, as AliDNS's RR and DNSPod's SubDomain want it: '@' for the zone apex. */
export function relativeName(fqdn: string, zone: string): string {
  const name = toAsciiName(fqdn);
  const apex = toAsciiName(zone);
  if (name === apex) return '@';
  if (!name.endsWith(`.${apex}`)) throw new Error(`${name} is not inside zone ${apex}`);
  return name.slice(0, -(apex.length + 1));
}
