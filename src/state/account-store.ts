// ACME accounts in lego's folder. We read lego v4 and v5 layouts and write v4, which both lego 4.x
// and our next run read back.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toLegoPem } from '../acme/keys.js';
import { writeFilesAtomic } from './atomic-file.js';
import { accountPaths } from './lego-layout.js';

export interface Registration {
  readonly uri: string;
  readonly body: Readonly<Record<string, unknown>>;
}

export interface StoredAccount {
  readonly email: string;
  /** lego PEM form (SEC1 / PKCS#1), whatever form the file held. */
  readonly keyPem: string;
  readonly registration?: Registration;
}

interface AccountJson {
  email?: string;
  registration?: { body?: Record<string, unknown>; uri?: string } | null;
}

export function readAccount(root: string, serverFolder: string, email: string): StoredAccount | undefined {
  const v4 = accountPaths(root, serverFolder, email);
  if (existsSync(v4.keyFile)) return load(v4.keyFile, v4.accountJson, email);
  // lego v5: accounts/<server>/<id>/<KEYTYPE>/{account.json,<id>.key} (earlier v5 builds: the key
  // and account.json directly in <id>/); the id defaults to the e-mail.
  if (!existsSync(v4.dir)) return undefined;
  const flat = join(v4.dir, `${email}.key`);
  if (existsSync(flat)) return load(flat, v4.accountJson, email);
  for (const entry of readdirSync(v4.dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'keys') continue;
    const keyFile = join(v4.dir, entry.name, `${email}.key`);
    if (existsSync(keyFile)) return load(keyFile, join(v4.dir, entry.name, 'account.json'), email);
  }
  return undefined;
}

function load(keyFile: string, jsonFile: string, email: string): StoredAccount {
  const keyPem = toLegoPem(readFileSync(keyFile, 'utf8'));
  if (!existsSync(jsonFile)) return { email, keyPem };
  const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as AccountJson;
  const uri = json.registration?.uri;
  return { email, keyPem, registration: uri ? { uri, body: json.registration?.body ?? {} } : undefined };
}

export function writeAccount(root: string, serverFolder: string, account: StoredAccount): void {
  const paths = accountPaths(root, serverFolder, account.email);
  const json = { email: account.email, registration: account.registration ?? null };
  writeFilesAtomic([
    { path: paths.keyFile, data: account.keyPem },
    // lego writes tab-indented JSON; matching it keeps diffs of a lego folder quiet.
    { path: paths.accountJson, data: JSON.stringify(json, null, '\t') },
  ]);
}
