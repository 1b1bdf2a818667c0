// Starts the real pebble (a test ACME CA) and pebble-challtestsrv (the DNS server pebble validates
// DNS-01 against, and resolves names through for HTTP-01) on free loopback ports, each test its own
// fresh pair.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitFor } from './ports.js';

export interface ChallTestSrv {
  /** Plain HTTP: `POST /set-txt {"host","value"}` appends a TXT value, `POST /clear-txt {"host"}` drops all. */
  managementUrl: string;
  /** `127.0.0.1:PORT`, UDP and TCP. */
  dnsAddress: string;
}

export interface RunningChallTestSrv extends ChallTestSrv {
  stop(): Promise<void>;
}

export interface Pebble {
  /** `https://127.0.0.1:PORT/dir` */
  directoryUrl: string;
  /** PEM of the CA that signed pebble's own HTTPS certificate: trust it to talk to pebble. */
  caCertPath: string;
  /** pebble's own HTTPS pair (for `localhost` / `127.0.0.1`): a proxy in front of it may serve it too. */
  tlsCertPath: string;
  tlsKeyPath: string;
  /** HTTPS, same trust as the directory. */
  managementUrl: string;
  /**
   * The root that issued certificates chain to; pebble makes a new one on every start. With
   * `PEBBLE_ALTERNATE_ROOTS=N`, roots 1…N are those of the alternate chains.
   */
  rootCertificatePem(index?: number): Promise<string>;
  challtestsrv: ChallTestSrv;
  stop(): Promise<void>;
}

export interface PebbleOptions {
  /** Share of good nonces pebble refuses with `badNonce`; 0 unless told (pebble's own default is 5). */
  nonceRejectPercent?: number;
  /** More variables for pebble, applied last (e.g. `PEBBLE_AUTHZREUSE`, `PEBBLE_CHAIN_LENGTH`). */
  env?: Record<string, string>;
  /** External account binding keys (kid → base64url HMAC key); given, pebble requires EAB. */
  externalAccountKeys?: Record<string, string>;
  /** `ip:port` of the DNS server pebble validates DNS-01 through; challtestsrv unless told. */
  dnsServer?: string;
  /**
   * The port pebble fetches HTTP-01 tokens from: 80 to validate against the test hosts' nginx
   * (point names at them with pointName). Unset, HTTP-01 is never reachable.
   */
  httpPort?: number;
}

/** Makes challtestsrv answer A queries for `name` with `addresses`: pebble's VA then fetches HTTP-01 tokens there. */
export async function pointName(challtestsrv: ChallTestSrv, name: string, addresses: readonly string[]): Promise<void> {
  await postJson(`${challtestsrv.managementUrl}/add-a`, { host: `${name}.`, addresses });
}

const PEBBLE = '/usr/bin/pebble';
const CHALLTESTSRV = '/usr/bin/pebble-challtestsrv';
const STARTUP_TIMEOUT_MS = 20_000;
/** freePort() can lose a race with another process between probing a port and the service binding it. */
const PORT_RACE_ATTEMPTS = 3;

export async function startPebble(options: PebbleOptions = {}): Promise<Pebble> {
  const challtestsrv = await startChallTestSrv();
  try {
    const pebble = await retryPortRace(() => launchPebble(options, options.dnsServer ?? challtestsrv.dnsAddress));
    let stopped: Promise<void> | undefined;
    return {
      ...pebble.info,
      challtestsrv: { managementUrl: challtestsrv.managementUrl, dnsAddress: challtestsrv.dnsAddress },
      stop: () => (stopped ??= Promise.all([pebble.stop(), challtestsrv.stop()]).then(() => undefined)),
    };
  } catch (error) {
    await challtestsrv.stop();
    throw error;
  }
}

export async function startChallTestSrv(): Promise<RunningChallTestSrv> {
  return retryPortRace(launchChallTestSrv);
}

async function launchChallTestSrv(): Promise<RunningChallTestSrv> {
  const [managementPort, dnsPort] = await distinctFreePorts(2);
  const managementUrl = `http://127.0.0.1:${managementPort}`;
  const dnsAddress = `127.0.0.1:${dnsPort}`;
  const service = startService('pebble-challtestsrv', CHALLTESTSRV, [
    '-management', `127.0.0.1:${managementPort}`,
    '-dns01', dnsAddress,
    // No made-up AAAA answer (::1 by default): pebble would try it first for HTTP-01.
    '-defaultIPv6', '',
    '-http01', '',
    '-https01', '',
    '-tlsalpn01', '',
  ], process.env);
  await service.ready(() => dnsAnswers(managementUrl, dnsPort), 'pebble-challtestsrv to answer DNS');
  return { managementUrl, dnsAddress, stop: service.stop };
}

/** Proves both listeners work: a TXT value set through management comes back over DNS. */
async function dnsAnswers(managementUrl: string, dnsPort: number): Promise<boolean> {
  const host = '_harness-probe.invalid.';
  await postJson(`${managementUrl}/set-txt`, { host, value: 'ready' });
  try {
    const resolver = new Resolver({ timeout: 500, tries: 1 });
    resolver.setServers([`127.0.0.1:${dnsPort}`]);
    return (await resolver.resolveTxt(host)).flat().includes('ready');
  } finally {
    await postJson(`${managementUrl}/clear-txt`, { host });
  }
}

async function launchPebble(
  options: PebbleOptions,
  dnsAddress: string,
): Promise<{ info: Omit<Pebble, 'challtestsrv' | 'stop'>; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'pebble-'));
  const forgetDir = removeOnExit(dir);
  const cleanUp = () => {
    rmSync(dir, { recursive: true, force: true });
    forgetDir();
  };
  try {
    const tls = await makeTlsPair(dir);
    const [listenPort, managementPort] = await distinctFreePorts(2);
    const configPath = join(dir, 'pebble-config.json');
    writeFileSync(configPath, JSON.stringify({
      pebble: {
        listenAddress: `127.0.0.1:${listenPort}`,
        managementListenAddress: `127.0.0.1:${managementPort}`,
        certificate: tls.certPath,
        privateKey: tls.keyPath,
        // Without httpPort, only DNS-01 can succeed: nothing listens on 5002.
        httpPort: options.httpPort ?? 5002,
        tlsPort: 5001,
        ocspResponderURL: '',
        externalAccountBindingRequired: Boolean(options.externalAccountKeys),
        ...(options.externalAccountKeys ? { externalAccountMACKeys: options.externalAccountKeys } : {}),
      },
    }, null, 2));

    const env = withoutPebbleVariables(process.env);
    Object.assign(env, {
      PEBBLE_VA_NOSLEEP: '1',
      PEBBLE_WFE_NONCEREJECT: String(options.nonceRejectPercent ?? 0),
      // Reused authorizations would skip DNS-01, hiding whether a client really solves challenges.
      PEBBLE_AUTHZREUSE: '0',
    }, options.env);

    const directoryUrl = `https://127.0.0.1:${listenPort}/dir`;
    const managementUrl = `https://127.0.0.1:${managementPort}`;
    const ca = readFileSync(tls.caPath, 'utf8');
    const service = startService('pebble', PEBBLE, ['-config', configPath, '-dnsserver', dnsAddress], env);
    await service.ready(async () => {
      const response = await httpsGet(directoryUrl, ca);
      return response.status === 200 && 'newAccount' in JSON.parse(response.body);
    }, 'pebble to serve its directory');

    return {
      info: {
        directoryUrl,
        caCertPath: tls.caPath,
        tlsCertPath: tls.certPath,
        tlsKeyPath: tls.keyPath,
        managementUrl,
        rootCertificatePem: async (index = 0) => {
          const response = await httpsGet(`${managementUrl}/roots/${index}`, ca);
          if (response.status !== 200) throw new Error(`GET /roots/${index} answered ${response.status}: ${response.body}`);
          return response.body;
        },
      },
      stop: async () => {
        await service.stop();
        cleanUp();
      },
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}

/** A throw-away CA and a leaf for `localhost` / `127.0.0.1`, for pebble's own HTTPS. */
async function makeTlsPair(dir: string): Promise<{ caPath: string; certPath: string; keyPath: string }> {
  const configPath = join(dir, 'openssl.cnf');
  writeFileSync(configPath, [
    '[req]', 'distinguished_name = dn', 'prompt = no', '[dn]', 'CN = unused',
    '[ca]',
    'basicConstraints = critical, CA:TRUE',
    'keyUsage = critical, keyCertSign, cRLSign',
    'subjectKeyIdentifier = hash',
    '[leaf]',
    'basicConstraints = critical, CA:FALSE',
    'keyUsage = critical, digitalSignature',
    'extendedKeyUsage = serverAuth',
    'subjectAltName = DNS:localhost, IP:127.0.0.1',
    'authorityKeyIdentifier = keyid',
    '',
  ].join('\n'));
  const paths = {
    caKey: join(dir, 'tls-ca.key'),
    caPath: join(dir, 'tls-ca.pem'),
    certPath: join(dir, 'tls-cert.pem'),
    keyPath: join(dir, 'tls-key.pem'),
  };
  const newEcKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await openssl(['req', '-x509', '-config', configPath, '-extensions', 'ca', ...newEcKey,
    '-keyout', paths.caKey, '-out', paths.caPath, '-days', '30', '-subj', '/CN=acme-deploy-action test TLS CA']);
  await openssl(['req', '-x509', '-config', configPath, '-extensions', 'leaf', ...newEcKey,
    '-keyout', paths.keyPath, '-out', paths.certPath, '-days', '30', '-subj', '/CN=localhost',
    '-CA', paths.caPath, '-CAkey', paths.caKey]);
  return { caPath: paths.caPath, certPath: paths.certPath, keyPath: paths.keyPath };
}

async function openssl(args: string[]): Promise<void> {
  try {
    await promisify(execFile)('openssl', args);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`openssl ${args.slice(0, 2).join(' ')} failed: ${stderr}`, { cause: error });
  }
}

interface Service {
  /** Polls `condition` until it holds; fails at once, with the service's output, if the service dies. */
  ready(condition: () => Promise<boolean>, what: string): Promise<void>;
  stop(): Promise<void>;
}

class StartupError extends Error {
  constructor(message: string, readonly output: string, options?: ErrorOptions) {
    super(`${message}\n--- output ---\n${output}`, options);
  }
}

const OUTPUT_LIMIT = 256 * 1024;

/**
 * Runs a long-lived child that cannot outlive this process: the kernel kills it when this process
 * dies by any means (diesWithThisProcess), and an 'exit' hook covers the ordinary end. The
 * child is unref'd so a test that forgets stop() still lets the test file end instead of hanging.
 */
function startService(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Service {
  const child = spawn(...diesWithThisProcess(command, args), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const record = (chunk: Buffer | string) => {
    output = (output + chunk).slice(-OUTPUT_LIMIT);
  };
  child.stdout.on('data', record);
  child.stderr.on('data', record);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      record(`${error.message}\n`);
      exited = true;
      resolve();
    });
    child.once('close', (code, signal) => {
      record(`[${name} exited: ${signal ?? code}]\n`);
      exited = true;
      resolve();
    });
  });
  const forget = killOnExit(child);
  void exit.then(forget);
  child.unref();
  (child.stdout as Socket).unref();
  (child.stderr as Socket).unref();

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (exited) return;
      child.kill('SIGTERM');
      // A ref'd timer also keeps the event loop alive while the unref'd child shuts down.
      const escalate = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit;
      clearTimeout(escalate);
    })());

  const ready = async (condition: () => Promise<boolean>, what: string) => {
    try {
      // A dead child ends the polling at once rather than at the deadline.
      await waitFor(async () => exited || (await condition()), { timeoutMs: STARTUP_TIMEOUT_MS, what });
      if (exited) throw new Error(`${name} exited during startup`);
    } catch (error) {
      await stop();
      // The buffered output is shown only now, inside the error the test reports.
      throw new StartupError((error as Error).message, output, { cause: error });
    }
  };
  return { ready, stop };
}

/**
 * `[file, args]` for spawn() that make the kernel kill the child when this process dies, even by
 * SIGKILL where no 'exit' hook runs (util-linux's setpriv, present on every Debian).
 */
export function diesWithThisProcess(command: string, args: string[]): [string, string[]] {
  if (!existsSync(SETPRIV)) return [command, args];
  return [SETPRIV, ['--pdeathsig', 'KILL', '--', command, ...args]];
}

const SETPRIV = '/usr/bin/setpriv';
const liveChildren = new Set<ChildProcess>();
const liveDirs = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
    for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  });
}

function killOnExit(child: ChildProcess): () => void {
  installExitHook();
  liveChildren.add(child);
  return () => liveChildren.delete(child);
}

function removeOnExit(dir: string): () => void {
  installExitHook();
  liveDirs.add(dir);
  return () => liveDirs.delete(dir);
}

async function retryPortRace<T>(launch: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch();
    } catch (error) {
      const lostRace = error instanceof StartupError && /address already in use/i.test(error.output);
      if (!lostRace || attempt >= PORT_RACE_ATTEMPTS) throw error;
    }
  }
}

async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

function withoutPebbleVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !name.startsWith('PEBBLE_')) copy[name] = value;
  }
  return copy;
}

async function postJson(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(2_000) });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
}

/** fetch() cannot take a custom CA in Node 20 without undici's Agent, so use node:https. */
export function httpsGet(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, timeout: 2_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', reject);
    req.end();
  });
}
