import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { readAccount, writeAccount } from '../src/state/account-store.js';

const SERVER = 'acme-v02.api.letsencrypt.org';
const EMAIL = 'ops@example.com';
const registration = { uri: 'https://acme.example/acct/1', body: { status: 'valid', contact: [`mailto:${EMAIL}`] } };
const pkcs8 = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'account-store-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('accounts in the lego folder', () => {
  it('writes lego v4’s layout with private modes and reads it back', () => {
    const keyPem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
    writeAccount(root, SERVER, { email: EMAIL, keyPem, registration });
    const dir = join(root, 'accounts', SERVER, EMAIL);
    assert.equal(statSync(join(dir, 'keys', `${EMAIL}.key`)).mode & 0o777, 0o600);
    assert.equal(statSync(join(dir, 'keys')).mode & 0o777, 0o700);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'account.json'), 'utf8')), { email: EMAIL, registration });
    assert.deepEqual(readAccount(root, SERVER, EMAIL), { email: EMAIL, keyPem, registration });
  });

  for (const [layout, keyDir] of [
    ['lego v5, one folder per key type', 'EC256'],
    ['lego v5, key beside account.json', ''],
  ] as const) {
    it(`reads ${layout}, converting the PKCS#8 key to the form lego 4.x reads`, () => {
      const dir = join(root, 'accounts', SERVER, EMAIL, keyDir);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${EMAIL}.key`), pkcs8());
      writeFileSync(join(dir, 'account.json'), JSON.stringify({ id: EMAIL, email: EMAIL, keyType: 'EC256', registration }));
      const account = readAccount(root, SERVER, EMAIL);
      assert.match(account?.keyPem ?? '', /^-----BEGIN EC PRIVATE KEY-----/);
      assert.deepEqual(account?.registration, registration);
    });
  }

  it('finds nothing for another CA or e-mail', () => {
    writeAccount(root, SERVER, { email: EMAIL, keyPem: pkcs8(), registration });
    assert.equal(readAccount(root, 'acme-staging-v02.api.letsencrypt.org', EMAIL), undefined);
    assert.equal(readAccount(root, SERVER, 'other@example.com'), undefined);
  });
});
