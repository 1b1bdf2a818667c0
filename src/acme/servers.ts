import { InputError } from '../config/input-helper.js';
import { readServiceUrl } from '../config/urls.js';

export const SERVER_SHORTCUTS: Readonly<Record<string, string>> = {
  letsencrypt: 'https://acme-v02.api.letsencrypt.org/directory',
  'letsencrypt-staging': 'https://acme-staging-v02.api.letsencrypt.org/directory',
  zerossl: 'https://acme.zerossl.com/v2/DV90',
  google: 'https://dv.acme-v02.api.pki.goog/directory',
  'google-staging': 'https://dv.acme-v02.test-api.pki.goog/directory',
};

/** A shortcut or a directory URL, as the `server` input accepts. */
export function resolveServer(raw: string): string {
  const shortcut = SERVER_SHORTCUTS[raw];
  if (shortcut) return shortcut;
  if (!raw.includes('/')) {
    throw new InputError(
      'server',
      `'${raw}' is not a known shortcut`,
      `Use one of ${Object.keys(SERVER_SHORTCUTS).join(', ')}, or an ACME directory URL.`,
    );
  }
  return readServiceUrl(raw, 'server', SERVER_SHORTCUTS.letsencrypt).href;
}

/** lego's folder name for a CA: the directory URL's host, ':' replaced by '_'. */
export function serverFolderName(directoryUrl: string): string {
  return new URL(directoryUrl).host.replace(/:/g, '_');
}
