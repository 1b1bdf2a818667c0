// URLs the action sends credentials or account keys to must be HTTPS; plain HTTP is tolerated only
// for a service on this machine (a test CA, a local API double).
import { isIP } from 'node:net';
import { InputError } from './input-helper.js';

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

export function readServiceUrl(raw: string, input: string, example: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(input, `'${raw}' is not a URL`, `Give a full URL such as ${example}.`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  throw new InputError(
    input,
    `'${raw}' does not use https`,
    `Use an https:// URL such as ${example} (plain http is accepted only for localhost).`,
  );
}
