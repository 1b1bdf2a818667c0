// ACME Renewal Information (RFC 9773): the CA's suggested renewal window for a certificate. It is
// advisory, so every failure means "no window" and the local renewal rule decides alone.
import { AuthorityKeyIdentifierExtension, X509Certificate as AsnCertificate } from '@peculiar/x509';
import * as acme from 'acme-client';
import type { Log } from '../util/log.js';
import { caAgent } from './acme-session.js';
import { leafCertificate } from './certificate-info.js';

export interface RenewalWindow {
  readonly start: Date;
  readonly end: Date;
  readonly explanationUrl?: string;
}

/**
 * An unauthenticated GET resolving to the parsed JSON body; rejects on a non-2xx answer with an
 * error that carries the status as `response.status`, as axios's errors do.
 */
export type HttpGet = (url: string) => Promise<{ readonly data: unknown }>;

type DebugLog = Pick<Log, 'debug'>;

const TIMEOUT_MS = 10_000;

// `asn` is protected: a subclass is the typed way to reach the serial's DER content octets, which
// the public `serialNumber` returns without the leading 0x00 that the identifier keeps.
class Certificate extends AsnCertificate {
  get serialContentOctets(): Uint8Array {
    return new Uint8Array(this.asn.tbsCertificate.serialNumber);
  }
}

/** RFC 9773 §4.1: base64url(AKI keyIdentifier) "." base64url(serial number's DER content octets). */
export function ariCertId(leafPem: string): string {
  const certificate = new Certificate(leafCertificate(leafPem).raw);
  const keyId = certificate.getExtension(AuthorityKeyIdentifierExtension)?.keyId;
  if (!keyId) throw new Error('the certificate has no Authority Key Identifier with a keyIdentifier');
  return `${Buffer.from(keyId, 'hex').toString('base64url')}.${Buffer.from(certificate.serialContentOctets).toString('base64url')}`;
}

/**
 * GETs with acme-client's axios settings (its User-Agent) but outside its retry interceptor, which
 * may wait minutes (or a 429's Retry-After) for advice the next scheduled run asks for again anyway. The extra CA certificates
 * are trusted here too because a run that keeps its certificate never makes an ACME client.
 */
export function renewalInfoGet(caCertificates: readonly string[] = []): HttpGet {
  const http = acme.axios.create({
    timeout: TIMEOUT_MS,
    ...(caCertificates.length > 0 && {
      httpsAgent: caAgent(caCertificates),
    }),
  });
  return (url) => http.get(url);
}

/** The CA's renewalInfo URL, or undefined when its directory names none or cannot be read. */
export async function renewalInfoUrl(directoryUrl: string, get: HttpGet = renewalInfoGet(), log?: DebugLog): Promise<string | undefined> {
  let directory: unknown;
  try {
    ({ data: directory } = await get(directoryUrl));
  } catch (error) {
    log?.debug(`ARI: could not read the directory ${directoryUrl}: ${describe(error)}`);
    return undefined;
  }
  const url = isRecord(directory) ? directory.renewalInfo : undefined;
  if (typeof url === 'string' && url) return url;
  log?.debug(`ARI: the directory ${directoryUrl} offers no renewalInfo`);
  return undefined;
}

/** The suggested window for the certificate `certId` names, or undefined for any reason not to follow one. */
export async function fetchRenewalInfo(
  directoryUrl: string,
  certId: string,
  get: HttpGet = renewalInfoGet(),
  log?: DebugLog,
): Promise<RenewalWindow | undefined> {
  const base = await renewalInfoUrl(directoryUrl, get, log);
  if (!base) return undefined;
  const answer = await askRenewalInfo(base, certId, get, log);
  return answer.kind === 'window' ? answer.window : undefined;
}

/**
 * What a CA's renewalInfo endpoint says about a certificate. `unknown` is its 404: the CA did not
 * issue that certificate (RFC 9773 §4.1), which matters when deciding whether to adopt one; any
 * other failure is `none`, like an answer without a usable window.
 */
export type RenewalInfoAnswer =
  | { readonly kind: 'window'; readonly window: RenewalWindow }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'none' };

export async function askRenewalInfo(renewalInfoBase: string, certId: string, get: HttpGet, log?: DebugLog): Promise<RenewalInfoAnswer> {
  const url = `${renewalInfoBase.endsWith('/') ? renewalInfoBase : `${renewalInfoBase}/`}${certId}`;
  let body: unknown;
  try {
    ({ data: body } = await get(url));
  } catch (error) {
    log?.debug(`ARI: could not read ${url}: ${describe(error)}`);
    return httpStatus(error) === 404 ? { kind: 'unknown' } : { kind: 'none' };
  }
  const window = parseRenewalInfo(body);
  log?.debug(
    window
      ? `ARI: the CA suggests renewing between ${window.start.toISOString()} and ${window.end.toISOString()}${window.explanationUrl ? ` (${window.explanationUrl})` : ''}`
      : `ARI: ${url} answered without a valid suggestedWindow`,
  );
  return window ? { kind: 'window', window } : { kind: 'none' };
}

function parseRenewalInfo(body: unknown): RenewalWindow | undefined {
  if (!isRecord(body) || !isRecord(body.suggestedWindow)) return undefined;
  const start = timestamp(body.suggestedWindow.start);
  const end = timestamp(body.suggestedWindow.end);
  // RFC 9773 §4.2: a window that ends before it starts is treated as no answer at all.
  if (!start || !end || end.getTime() <= start.getTime()) return undefined;
  const explanationUrl = webUrl(body.explanationURL);
  return explanationUrl ? { start, end, explanationUrl } : { start, end };
}

function timestamp(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

// The URL ends up in the log and the job summary: only a plain web link is worth passing on.
function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  return ['https:', 'http:'].includes(new URL(value).protocol) ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function httpStatus(error: unknown): number | undefined {
  const response = isRecord(error) ? error.response : undefined;
  return isRecord(response) && typeof response.status === 'number' ? response.status : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
