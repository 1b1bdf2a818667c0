// Where lego keeps things under its --path folder. v4 (what lego 4.x writes, and what we write):
//   accounts/<server>/<email>/account.json, accounts/<server>/<email>/keys/<email>.key
//   certificates/<name>.crt | .issuer.crt | .key | .json
// v5 keeps one folder per key type: accounts/<server>/<id>/<KEYTYPE>/account.json + <id>.key
// (account-store.ts reads it).
import { join } from 'node:path';

export interface AccountPaths {
  readonly dir: string;
  readonly accountJson: string;
  readonly keyFile: string;
}

export interface CertificatePaths {
  readonly certificate: string;
  readonly issuer: string;
  readonly key: string;
  readonly meta: string;
}

export function accountPaths(root: string, serverFolder: string, email: string): AccountPaths {
  const dir = join(root, 'accounts', serverFolder, email);
  return { dir, accountJson: join(dir, 'account.json'), keyFile: join(dir, 'keys', `${email}.key`) };
}

export function certificatePaths(root: string, name: string): CertificatePaths {
  const base = join(root, 'certificates', name);
  return {
    certificate: `${base}.crt`,
    issuer: `${base}.issuer.crt`,
    key: `${base}.key`,
    meta: `${base}.json`,
  };
}
