// Fetches a token the way the CA will, before the CA is asked to: from each host's own address, with
// the name in the Host header. A webroot nginx does not serve, or a redirect to HTTPS without an
// exception for the challenge path, then fails here, naming the host and the fix, instead of
// spending one of the CA's failed validations (Let's Encrypt allows 5 per name per hour).
import { request } from 'node:http';
import type { Duplex } from 'node:stream';

export interface TokenCheck {
  /** The host's label, for messages. */
  readonly host: string;
  readonly name: string;
  readonly token: string;
  readonly keyAuthorization: string;
  readonly webroot: string;
  /** A TCP connection to the host's port 80 (through the jump host when there is one). */
  dial(): Promise<Duplex>;
  readonly timeoutMs: number;
}

export const CHALLENGE_PATH = '/.well-known/acme-challenge/';

/** Undefined when the host serves the token, else what is wrong and how to fix it. */
export async function checkServedToken(check: TokenCheck): Promise<string | undefined> {
  const path = `${CHALLENGE_PATH}${check.token}`;
  const url = `http://${check.name}${path}`;
  let answer: { status: number; location?: string; body: string };
  try {
    answer = await get(check, path);
  } catch (error) {
    return (
      `${check.host}: no HTTP answer for ${url} on port 80 (${(error as Error).message}). ` +
      'The CA checks http-01 on port 80 only: let the web server listen there, or use challenge: dns-01.'
    );
  }
  if (answer.status === 200 && answer.body.trim() === check.keyAuthorization) return undefined;
  const served = `the token written to ${check.webroot}${path}`;
  const fix = `In the server block listening on port 80 for ${check.name}, add before any redirect: ${locationBlock(check.webroot)}`;
  if (answer.status >= 300 && answer.status < 400) {
    return `${check.host}: ${url} redirects (${answer.status}) to ${answer.location ?? 'nowhere'} instead of serving ${served}. ${fix}`;
  }
  const what = answer.status === 200 ? 'other content' : `status ${answer.status}`;
  return `${check.host}: ${url} answered ${what}, not ${served}: the web server does not serve that folder there. ${fix} (or set webroot to the folder it serves).`;
}

/** The nginx block that serves HTTP-01 tokens from `webroot`; `^~` keeps regex locations from taking over. */
export function locationBlock(webroot: string): string {
  return `location ^~ ${CHALLENGE_PATH} { root ${webroot}; default_type text/plain; }`;
}

/** Tokens are a few dozen bytes: anything longer is not ours. */
const BODY_LIMIT = 4096;

function get(check: TokenCheck, path: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    let carrier: Duplex | undefined;
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${check.timeoutMs / 1000} s`)), check.timeoutMs);
    const req = request(
      {
        path,
        headers: { Host: check.name, Connection: 'close', 'User-Agent': 'acme-deploy-action self-check' },
        // No agent: node then uses createConnection, and keeps nothing alive afterwards.
        createConnection: (_options, done) => {
          check.dial().then(
            (socket) => {
              carrier = socket;
              done(null, socket as never);
            },
            (error: Error) => done(error, undefined as never),
          );
          return undefined as never;
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (body.length < BODY_LIMIT) body += chunk;
        });
        response.on('end', () => {
          const location = response.headers.location;
          resolve({ status: response.statusCode ?? 0, ...(location ? { location } : {}), body });
        });
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.on('close', () => {
      clearTimeout(timer);
      carrier?.destroy();
    });
    req.end();
  });
}
