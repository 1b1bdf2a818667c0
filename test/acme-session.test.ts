// Two ACME clients in one process (the CLI, tests) keep their own settings: the CA certificates one
// run trusts are not trusted by the next, and acme-client's shared axios instance is left as it was.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import * as acme from 'acme-client';
import { createAcmeClient } from '../src/acme/acme-session.js';
import { startPebble, type Pebble } from './support/pebble.js';

let pebble: Pebble;
before(async () => {
  pebble = await startPebble();
});
after(() => pebble.stop());

const accountKeyPem = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();

it('the CA certificates one client trusts are not trusted by the next client in the process', async () => {
  const transformsBefore = [acme.axios.defaults.transformResponse ?? []].flat().length;
  const trusting = createAcmeClient({
    directoryUrl: pebble.directoryUrl,
    accountKeyPem: accountKeyPem(),
    requestTimeoutMs: 10_000,
    caCertificates: [readFileSync(pebble.caCertPath, 'utf8')],
  });
  await trusting.getTermsOfServiceUrl();

  const plain = createAcmeClient({ directoryUrl: pebble.directoryUrl, accountKeyPem: accountKeyPem(), requestTimeoutMs: 10_000, caCertificates: [] });
  // pebble's HTTPS certificate is not trusted: the directory cannot be read.
  await assert.rejects(plain.getTermsOfServiceUrl());

  // The first client keeps its trust after the second was made.
  await createAcmeClient({ directoryUrl: pebble.directoryUrl, accountKeyPem: accountKeyPem(), requestTimeoutMs: 10_000, caCertificates: [readFileSync(pebble.caCertPath, 'utf8')] }).getTermsOfServiceUrl();
  assert.equal(acme.axios.defaults.httpsAgent, undefined, 'no agent on the shared instance');
  assert.equal([acme.axios.defaults.transformResponse ?? []].flat().length, transformsBefore, 'no transformer added to the shared instance');
});
