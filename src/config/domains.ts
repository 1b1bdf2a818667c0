// Certificate names as lego treats them: IDNs in punycode, the first name naming the files. An
// entry may also be an IP address (RFC 8738), kept in its canonical text form.
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { InputError } from './input-helper.js';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Validates and normalises one certificate name to lowercase ASCII, or explains what is wrong. */
export function normaliseDomain(raw: string, input: string): string {
  const address = canonicalIp(raw);
  if (address) return address;
  const fix = 'Give host names such as example.com or *.example.com.';
  const wildcard = raw.startsWith('*.');
  const body = wildcard ? raw.slice(2) : raw;
  if (body.includes('*')) {
    throw new InputError(input, `'${raw}' has a wildcard that is not the leftmost label`, 'Only *.example.com is allowed.');
  }
  if (body.endsWith('.')) throw new InputError(input, `'${raw}' ends with a dot`, fix);
  // domainToASCII also lowercases and maps full-width dots; '' means the name is not valid IDNA.
  const ascii = /^[\x21-\x7e]+$/.test(body) ? body.toLowerCase() : domainToASCII(body);
  if (!ascii) throw new InputError(input, `'${raw}' is not a valid internationalised domain name`, fix);
  const labels = ascii.split('.');
  if (labels.some((label) => label === '')) throw new InputError(input, `'${raw}' has an empty label`, fix);
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) {
    throw new InputError(
      input,
      `'${raw}' has an invalid label '${bad}' (letters, digits and inner hyphens only, at most 63 characters)`,
      fix,
    );
  }
  if (labels.length < 2) throw new InputError(input, `'${raw}' is not a fully qualified name`, fix);
  const name = (wildcard ? '*.' : '') + ascii;
  if (name.length > 253) throw new InputError(input, `'${raw}' is longer than 253 characters`, fix);
  return name;
}

export function normaliseDomains(raws: string[], input: string): string[] {
  const names: string[] = [];
  for (const raw of raws) {
    const name = normaliseDomain(raw, input);
    if (names.includes(name)) throw new InputError(input, `'${raw}' is listed twice`, 'List each name once.');
    names.push(name);
  }
  return names;
}

/** IPv4 as is, IPv6 compressed and lowercase (as a URL host prints it); undefined for a host name. */
export function canonicalIp(raw: string): string | undefined {
  const bare = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1) : raw;
  const version = isIP(bare);
  if (version === 4) return bare;
  if (version === 6) return new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  return undefined;
}

export function isIpAddress(name: string): boolean {
  return isIP(name) !== 0;
}

/** lego's file name for a certificate: its first name with '*' as '_' and ':' (IPv6) as '-'. */
export function certificateName(domains: readonly string[]): string {
  return domains[0].replace('*', '_').replace(/:/g, '-');
}

/** Same set of names, whatever the order. */
export function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((name, i) => name === right[i]);
}

/** Whether a certificate name covers a host name: itself, or one label under a wildcard. */
export function nameCovers(certificateName: string, hostName: string): boolean {
  if (!certificateName.startsWith('*.')) return certificateName === hostName;
  const dot = hostName.indexOf('.');
  return dot > 0 && hostName.slice(dot + 1) === certificateName.slice(2);
}
