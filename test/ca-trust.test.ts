// Whether a chain leads to a trust anchor: real certificates made by openssl, checked the way
// adoption checks what it finds on the hosts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parsePemCertificates, trustAnchors, verifyChain } from '../src/acme/ca-trust.js';

const dir = mkdtempSync(join(tmpdir(), 'ca-trust-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const CONFIG = join(dir, 'openssl.cnf');
writeFileSync(CONFIG, [
  '[req]', 'distinguished_name = dn', '[dn]',
  '[ca]', 'basicConstraints = critical, CA:true', 'keyUsage = critical, keyCertSign, cRLSign', 'subjectKeyIdentifier = hash',
  '[leaf]', 'basicConstraints = CA:false', 'subjectAltName = DNS:example.com', 'authorityKeyIdentifier = keyid',
  '',
].join('\n'));

interface Made {
  pem: string;
  cert: X509Certificate;
  keyPath: string;
  certPath: string;
}

/** A certificate named `name`, self-signed or signed by `issuer`, valid for `days`. */
let made = 0;
function make(name: string, extensions: 'ca' | 'leaf', issuer?: Made, days = 30): Made {
  const keyPath = join(dir, `${++made}.key`);
  const certPath = join(dir, `${made}.pem`);
  const signing = issuer ? ['-CA', issuer.certPath, '-CAkey', issuer.keyPath] : [];
  execFileSync('openssl', [
    'req', '-x509', '-config', CONFIG, '-extensions', extensions, '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-nodes', '-keyout', keyPath, '-out', certPath, '-days', String(days), '-subj', `/CN=${name}`, ...signing,
  ], { stdio: 'ignore' });
  const pem = readFileSync(certPath, 'utf8');
  return { pem, cert: new X509Certificate(pem), keyPath, certPath };
}

const root = make('Test Root', 'ca');
const intermediate = make('Test Intermediate', 'ca', root);
const leaf = make('leaf', 'leaf', intermediate);
const otherRoot = make('Other Root', 'ca');
const otherIntermediate = make('Other Intermediate', 'ca', otherRoot);
const otherLeaf = make('other leaf', 'leaf', otherIntermediate);
const now = () => new Date();

const chain = (...made: Made[]) => made.map((each) => each.cert);
const anchors = (...made: Made[]) => trustAnchors(made.map((each) => each.pem));

describe('chain verification against trust anchors', () => {
  it('trusts a chain whose intermediate is signed by a listed root', () => {
    assert.deepEqual(verifyChain(chain(leaf, intermediate), anchors(root), now()), { trusted: true });
  });

  it('trusts a chain that carries its root, or whose intermediates come in another order', () => {
    const second = make('Second Intermediate', 'ca', intermediate);
    const leafOfSecond = make('second leaf', 'leaf', second);
    assert.equal(verifyChain(chain(leafOfSecond, intermediate, second), anchors(root), now()).trusted, true);
    assert.equal(verifyChain(chain(leaf, intermediate, root), anchors(root), now()).trusted, true);
  });

  it('trusts a chain ending at a listed intermediate (a private CA’s issuing certificate)', () => {
    assert.equal(verifyChain(chain(leaf, intermediate), anchors(intermediate), now()).trusted, true);
  });

  it('refuses a chain to a root that is not listed, naming where it ends', () => {
    assert.deepEqual(verifyChain(chain(otherLeaf, otherIntermediate), anchors(root), now()), {
      trusted: false,
      reason: 'its chain ends at "CN=Other Root", which is neither a system root nor in ca-certificates',
    });
  });

  it('refuses a leaf whose intermediate is missing', () => {
    assert.match(String((verifyChain(chain(leaf), anchors(root), now()) as { reason: string }).reason), /ends at "CN=Test Intermediate"/);
  });

  it('refuses a self-signed certificate, saying so', () => {
    const placeholder = make('example.com', 'leaf');
    assert.deepEqual(verifyChain(chain(placeholder), anchors(root), now()), { trusted: false, reason: 'it is self-signed (CN=example.com)' });
  });

  it('refuses a leaf itself listed as an anchor unless something it chains to is', () => {
    const placeholder = make('pinned.example.com', 'leaf');
    assert.equal(verifyChain(chain(placeholder), anchors(placeholder), now()).trusted, false);
  });

  it('refuses a chain whose "issuer" is not a CA certificate', () => {
    const impostor = make('signed by a leaf', 'leaf', leaf);
    assert.equal(verifyChain(chain(impostor, leaf, intermediate), anchors(root), now()).trusted, false);
  });

  it('refuses an intermediate that claims the right name but is signed by another key', () => {
    const forged = make('Test Intermediate', 'ca', otherRoot);
    const forgedLeaf = make('forged leaf', 'leaf', forged);
    assert.equal(verifyChain(chain(forgedLeaf, forged), anchors(root), now()).trusted, false);
  });

  it('refuses a chain through an intermediate that has expired', () => {
    const shortLived = make('Short Intermediate', 'ca', root, 2);
    const longLeaf = make('long leaf', 'leaf', shortLived, 30);
    assert.equal(verifyChain(chain(longLeaf, shortLived), anchors(root), now()).trusted, true);
    const later = new Date(Date.now() + 10 * 86_400_000);
    assert.equal(verifyChain(chain(longLeaf, shortLived), anchors(root), later).trusted, false);
  });

  it('includes the system roots', () => {
    const subjects = trustAnchors([]).map((cert) => cert.subject);
    assert.ok(subjects.length > 100);
    assert.ok(subjects.some((subject) => subject.includes('CN=ISRG Root X1')));
  });
});

describe('reading PEM certificate files', () => {
  it('reads every certificate of a chain, in order', () => {
    const certs = parsePemCertificates(`${leaf.pem}\n${intermediate.pem}`);
    assert.deepEqual(certs.map((cert) => cert.subject), ['CN=leaf', 'CN=Test Intermediate']);
  });

  it('refuses empty, DER and garbage files', () => {
    for (const text of ['', 'not a certificate\n', intermediate.cert.raw.toString('latin1')]) {
      assert.throws(() => parsePemCertificates(text), /holds no PEM certificate/);
    }
    const broken = intermediate.pem.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!');
    assert.throws(() => parsePemCertificates(broken));
  });
});
