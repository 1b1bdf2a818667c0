// ACME Renewal Information (RFC 9773): the CA's suggested renewal window for a certificate. It is
// advisory, so every failure means "no window" and the local renewal rule decides alone.
import { AuthorityKeyIdentifierExtension, X509Certificate as AsnCertificate } from '@peculiar/x509';
import { createHash } from 'node:crypto';
import type { Log } from '../util/log.js';
import { retryAfterSeconds } from './acme-retries.js';
import { leafCertificate } from './certificate-info.js';
import { isRecord, readDirectory, unsignedGet, type Directory, type HttpGet } from './directory.js';

// RFC 9773 §4.3 asks clients to keep Retry-After within reason: at least a minute, at most a day
// (so a certificate is checked at least daily).
const RETRY_AFTER_RANGE_S = { min: 60, max: 86_400 };

export interface RenewalWindow {
  readonly start: Date;
  readonly end: Date;
  readonly explanationUrl?: string;
  /** From the answer's Retry-After: not worth asking again before then (RFC 9773 §4.3). */
  readonly retryAfter?: Date;
}

type DebugLog = Pick<Log, 'debug'>;

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

/** The CA's renewalInfo URL, or undefined when its directory names none or cannot be read. */
export async function renewalInfoUrl(directoryUrl: string, get: HttpGet = unsignedGet(), log?: DebugLog): Promise<string | undefined> {
  let directory: Directory;
  try {
    directory = await readDirectory(directoryUrl, get);
  } catch (error) {
    log?.debug(`ARI: could not read the directory ${directoryUrl}: ${describe(error)}`);
    return undefined;
  }
  if (directory.renewalInfo) return directory.renewalInfo;
  log?.debug(`ARI: the directory ${directoryUrl} offers no renewalInfo`);
  return undefined;
}

/** The suggested window for the certificate `certId` names, or undefined for any reason not to follow one. */
export async function fetchRenewalInfo(
  directoryUrl: string,
  certId: string,
  get: HttpGet = unsignedGet(),
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
  let answer: Awaited<ReturnType<HttpGet>>;
  try {
    answer = await get(url);
  } catch (error) {
    log?.debug(`ARI: could not read ${url}: ${describe(error)}`);
    return httpStatus(error) === 404 ? { kind: 'unknown' } : { kind: 'none' };
  }
  const window = parseRenewalInfo(answer.data, answer.headers?.['retry-after']);
  log?.debug(
    window
      ? `ARI: the CA suggests renewing between ${window.start.toISOString()} and ${window.end.toISOString()}${window.explanationUrl ? ` (${window.explanationUrl})` : ''}`
      : `ARI: ${url} answered without a valid suggestedWindow`,
  );
  return window ? { kind: 'window', window } : { kind: 'none' };
}

function parseRenewalInfo(body: unknown, retryAfterHeader: unknown): RenewalWindow | undefined {
  if (!isRecord(body) || !isRecord(body.suggestedWindow)) return undefined;
  const start = timestamp(body.suggestedWindow.start);
  const end = timestamp(body.suggestedWindow.end);
  // RFC 9773 §4.2: a window that ends before it starts is treated as no answer at all.
  if (!start || !end || end.getTime() <= start.getTime()) return undefined;
  const explanationUrl = webUrl(body.explanationURL);
  const wait = retryAfterSeconds(typeof retryAfterHeader === 'string' ? retryAfterHeader : undefined);
  return {
    start,
    end,
    ...(explanationUrl && { explanationUrl }),
    ...(wait > 0 && {
      retryAfter: new Date(Date.now() + Math.min(Math.max(wait, RETRY_AFTER_RANGE_S.min), RETRY_AFTER_RANGE_S.max) * 1000),
    }),
  };
}

/**
 * Where in the window this certificate renews: RFC 9773 §4.2 asks for a uniformly random point so
 * that many clients do not renew at one instant. The point is drawn from a hash of the certificate
 * identifier, so it is random across certificates yet the same on every run: a scheduled workflow
 * does not flap between "due" and "not due" inside the window.
 */
export function renewalPoint(window: RenewalWindow, certId: string): Date {
  const fraction = createHash('sha256').update(certId).digest().readUInt32BE(0) / 2 ** 32;
  const start = window.start.getTime();
  return new Date(start + Math.floor(fraction * (window.end.getTime() - start)));
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

function httpStatus(error: unknown): number | undefined {
  const response = isRecord(error) ? error.response : undefined;
  return isRecord(response) && typeof response.status === 'number' ? response.status : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
