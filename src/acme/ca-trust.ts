// Whether a certificate comes from a CA this run trusts: its chain must lead, by valid signatures,
// to a trust anchor — one of the roots Node trusts by default (Mozilla's list, as browsers) or a
// certificate listed in `ca-certificates`. That is what keeps a staging certificate (its roots are
// in no store), a self-signed placeholder or a private CA nobody listed from being taken for one the
// configured CA issued.
import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';

export type ChainVerdict = { readonly trusted: true } | { readonly trusted: false; readonly reason: string };

/** Longest chain of intermediates followed: real CAs use one or two. */
const MAX_INTERMEDIATES = 5;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;

/** Every certificate of a PEM text, in order; throws when there is none or one does not parse. */
export function parsePemCertificates(pem: string): X509Certificate[] {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error('it holds no PEM certificate');
  return blocks.map((block) => new X509Certificate(block));
}

/** The system roots plus the `ca-certificates` files (each may hold several certificates). */
export function trustAnchors(caCertificates: readonly string[]): X509Certificate[] {
  return [...rootCertificates, ...caCertificates].flatMap(parsePemCertificates);
}

/** Checks `chain` (leaf first, then the intermediates as sent) against `anchors` at `now`. */
export function verifyChain(chain: readonly X509Certificate[], anchors: readonly X509Certificate[], now: Date): ChainVerdict {
  const [leaf, ...intermediates] = chain;
  if (reachesAnchor(leaf, intermediates.filter((cert) => validAt(cert, now)), anchors.filter((cert) => validAt(cert, now)), 0)) {
    return { trusted: true };
  }
  if (leaf.subject === leaf.issuer && leaf.verify(leaf.publicKey)) return { trusted: false, reason: `it is self-signed (${oneLine(leaf.subject)})` };
  return {
    trusted: false,
    reason: `its chain ends at "${oneLine(chainTop(leaf, intermediates).issuer)}", which is neither a system root nor in ca-certificates`,
  };
}

function reachesAnchor(cert: X509Certificate, pool: readonly X509Certificate[], anchors: readonly X509Certificate[], depth: number): boolean {
  // An intermediate listed as an anchor (a private CA's issuing certificate) ends the path; the leaf
  // itself never does.
  if (depth > 0 && anchors.some((anchor) => anchor.fingerprint256 === cert.fingerprint256)) return true;
  if (anchors.some((anchor) => issuedBy(cert, anchor))) return true;
  if (depth >= MAX_INTERMEDIATES) return false;
  return pool.some(
    (issuer) => issuer.fingerprint256 !== cert.fingerprint256 && issuedBy(cert, issuer) && reachesAnchor(issuer, pool, anchors, depth + 1),
  );
}

/** The last certificate of the chain as sent that the leaf leads to: where the trust search ended. */
function chainTop(leaf: X509Certificate, intermediates: readonly X509Certificate[]): X509Certificate {
  let top = leaf;
  for (let step = 0; step < MAX_INTERMEDIATES; step++) {
    const next = intermediates.find((cert) => cert !== top && issuedBy(top, cert));
    if (!next) break;
    top = next;
  }
  return top;
}

function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  // checkIssued compares names, key identifiers and the issuer's key usage; verify the signature.
  return issuer.ca && cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

function validAt(cert: X509Certificate, now: Date): boolean {
  return new Date(cert.validFrom).getTime() <= now.getTime() && now.getTime() <= new Date(cert.validTo).getTime();
}

function oneLine(name: string): string {
  return name.split('\n').join(', ');
}
