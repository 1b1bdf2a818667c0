// The CA's directory (RFC 8555 §7.1.1), read with an unsigned GET: what the CA offers beyond the
// basics decides what may be asked of it — profiles, and ARI's renewalInfo.
import * as acme from 'acme-client';
import { InputError } from '../config/input-helper.js';
import { caAgent } from './acme-session.js';

/**
 * An unauthenticated GET resolving to the parsed JSON body and the headers; rejects on a non-2xx
 * answer with an error that carries the status as `response.status`, as axios's errors do.
 */
export type HttpGet = (url: string) => Promise<{ readonly data: unknown; readonly headers?: Readonly<Record<string, unknown>> }>;

const TIMEOUT_MS = 10_000;

/**
 * GETs with acme-client's axios settings (its User-Agent) but outside its retry interceptor, which
 * may wait minutes (or a 429's Retry-After) for what the next scheduled run asks again anyway. The
 * extra CA certificates are trusted here because a run that keeps its certificate makes no client.
 */
export function unsignedGet(caCertificates: readonly string[] = NO_CA_CERTIFICATES): HttpGet {
  // One getter per list, so that the directory read for adoption serves the order as well.
  let get = getters.get(caCertificates);
  if (!get) {
    const http = acme.axios.create({
      timeout: TIMEOUT_MS,
      httpsAgent: caAgent(caCertificates),
    });
    get = async (url) => {
      const { data, headers } = await http.get(url);
      return { data, headers: { ...headers } };
    };
    getters.set(caCertificates, get);
  }
  return get;
}

const NO_CA_CERTIFICATES: readonly string[] = [];
const getters = new WeakMap<readonly string[], HttpGet>();

export interface Directory {
  readonly renewalInfo?: string;
  /** draft-ietf-acme-profiles: profile name → description; absent when the CA has none. */
  readonly profiles?: Readonly<Record<string, string>>;
}

/**
 * Directories already read through each getter: one run consults the directory for ARI, the profile
 * check and adoption, and asking again within seconds would tell nothing new.
 */
const directoriesRead = new WeakMap<HttpGet, Map<string, Promise<Directory>>>();

export function readDirectory(directoryUrl: string, get: HttpGet): Promise<Directory> {
  let read = directoriesRead.get(get);
  if (!read) directoriesRead.set(get, (read = new Map()));
  let directory = read.get(directoryUrl);
  if (!directory) {
    directory = fetchDirectory(directoryUrl, get);
    // A failed read is not kept: the next step may need the directory and deserves its own try.
    directory.catch(() => read.delete(directoryUrl));
    read.set(directoryUrl, directory);
  }
  return directory;
}

async function fetchDirectory(directoryUrl: string, get: HttpGet): Promise<Directory> {
  let data: unknown;
  try {
    ({ data } = await get(directoryUrl));
  } catch (error) {
    throw new Error(`Could not read the ACME directory ${directoryUrl}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(data)) throw new Error(`The ACME directory ${directoryUrl} is not a JSON object`);
  const meta = isRecord(data.meta) ? data.meta : {};
  const profiles = isRecord(meta.profiles)
    ? Object.fromEntries(Object.entries(meta.profiles).map(([name, about]) => [name, typeof about === 'string' ? about : '']))
    : undefined;
  return {
    ...(typeof data.renewalInfo === 'string' && data.renewalInfo && { renewalInfo: data.renewalInfo }),
    ...(profiles && { profiles }),
  };
}

/** The input error for a profile the CA does not offer, listing what it does offer. */
export function checkProfile(profile: string, directory: Directory, directoryUrl: string): void {
  if (!profile) return;
  const offered = Object.keys(directory.profiles ?? {});
  if (offered.length === 0) {
    throw new InputError(
      'profile',
      `the CA at ${directoryUrl} offers no certificate profiles, so '${profile}' cannot be chosen`,
      'Leave profile empty for this CA, or use a CA whose directory lists profiles (Let’s Encrypt: classic, tlsserver, shortlived).',
    );
  }
  if (!offered.includes(profile)) {
    const list = offered.map((name) => (directory.profiles?.[name] ? `${name} (${directory.profiles[name]})` : name)).join(', ');
    throw new InputError('profile', `'${profile}' is not a profile of the CA at ${directoryUrl}`, `Use one of the CA’s profiles: ${list}.`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
