// RFC 2136 dynamic updates as a DnsProvider. The update is sent, TSIG-signed, by BIND's `nsupdate`
// (the reference client, in Debian's and Ubuntu's bind9-dnsutils) with the key in a private temporary
// file, never on a command line. Zones are found as lego finds them: by asking the server for the
// SOA of the name and its parents. Adding an RR that exists and deleting one that does not are
// no-ops in DNS UPDATE, so one value never touches the others of its name.
import { spawn } from 'node:child_process';
import { promises as dns } from 'node:dns';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../util/log.js';
import { parseResolver } from './propagation.js';
import type { DnsProvider, TxtRecord } from './provider.js';
import { DnsApiError, apiCaller, type RetryTuning } from './provider-http.js';

export interface Rfc2136Options {
  /** host[:port] of the primary name server. */
  nameserver: string;
  tsig?: { name: string; secret: string; algorithm: string };
  log: Log;
  retry?: RetryTuning;
  /** The nsupdate to run (tests may point at another build). */
  nsupdate?: string;
}

const NAME = 'RFC 2136';
const UPDATE_TIMEOUT_S = 15;
const QUERY = { timeout: 2000, tries: 2 };

export function createRfc2136Provider(options: Rfc2136Options): DnsProvider {
  const call = apiCaller({ log: options.log, retry: options.retry, isThrottled: () => false });
  const [host, port = '53'] = splitHostPort(options.nameserver);
  let resolver: Promise<dns.Resolver> | undefined;
  const server = () =>
    (resolver ??= parseResolver(options.nameserver).then(({ addresses }) => {
      const created = new dns.Resolver(QUERY);
      created.setServers(addresses);
      return created;
    }));

  async function update(action: string, zone: string, line: string): Promise<void> {
    const script = [`server ${host} ${port}`, `zone ${zone}.`, line, 'send', ''].join('\n');
    await call(() => nsupdate(action, script, options));
  }

  async function served(fqdn: string): Promise<string[]> {
    try {
      return (await (await server()).resolveTxt(fqdn)).map((chunks) => chunks.join(''));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENODATA' || code === 'ENOTFOUND') return [];
      throw new Error(`${NAME}: cannot query ${fqdn} TXT at ${options.nameserver} (RFC2136_NAMESERVER): ${code ?? (error as Error).message}`);
    }
  }

  return {
    name: NAME,
    // A name server has no list of "zones you may edit": each name's zone is asked for instead.
    listZones: async () => [],

    async zoneOf(fqdn) {
      const resolve = await server();
      for (let candidate = fqdn; candidate.includes('.'); candidate = candidate.slice(candidate.indexOf('.') + 1)) {
        try {
          await resolve.resolveSoa(candidate);
          return candidate;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // Not a zone apex, or a name the server is not authoritative for: try the parent.
          if (!['ENODATA', 'ENOTFOUND', 'EREFUSED', 'ESERVFAIL', 'ENOTIMP'].includes(code ?? '')) {
            throw new Error(`${NAME}: cannot query ${candidate} SOA at ${options.nameserver} (RFC2136_NAMESERVER): ${code ?? (error as Error).message}`);
          }
        }
      }
      return undefined;
    },

    async appendTxt(zone, fqdn, value, ttl): Promise<TxtRecord | undefined> {
      if ((await served(fqdn)).includes(value)) return undefined;
      await update('add', zone, `update add ${fqdn}. ${ttl} TXT ${quote(value)}`);
      return { zone, fqdn, value };
    },

    async findTxt(zone, fqdn, value) {
      return (await served(fqdn)).includes(value) ? { zone, fqdn, value } : undefined;
    },

    async deleteTxt({ zone, fqdn, value }) {
      await update('delete', zone, `update delete ${fqdn}. TXT ${quote(value)}`);
    },
  };
}

/** Runs nsupdate with `script` on stdin; its failures become DnsApiErrors that say what to fix. */
async function nsupdate(action: string, script: string, options: Rfc2136Options): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rfc2136-'));
  try {
    const args = ['-t', String(UPDATE_TIMEOUT_S)];
    if (options.tsig) {
      const keyFile = join(dir, 'tsig.key');
      const { name, algorithm, secret } = options.tsig;
      writeFileSync(keyFile, `key "${name.replace(/\.$/, '')}" { algorithm ${algorithm}; secret "${secret}"; };\n`, { mode: 0o600 });
      args.push('-k', keyFile);
    }
    const { code, output } = await runWithInput(options.nsupdate ?? 'nsupdate', args, script);
    if (code === 0) return;
    const secret = options.tsig?.secret;
    const said = (secret ? output.split(secret).join('***') : output).trim().split('\n').slice(-3).join(' / ');
    throw classify(action, said);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function classify(action: string, said: string): DnsApiError {
  const error = (code: string, explanation: string) => new DnsApiError(NAME, { action, code, requestId: undefined, httpStatus: undefined }, explanation);
  if (/BADSIG|BADKEY|tsig verify failure|TSIG error/i.test(said)) {
    return error('BADSIG', `the server refuses the TSIG signature: RFC2136_TSIG_KEY, RFC2136_TSIG_SECRET or RFC2136_TSIG_ALGORITHM does not match its key (${said})`);
  }
  if (/REFUSED|NOTAUTH/.test(said)) {
    return error('REFUSED', `the server refuses this update: allow updates of the zone for the TSIG key in RFC2136_TSIG_KEY (allow-update / update-policy) (${said})`);
  }
  if (/timed out|communications error|could not talk|connection refused|couldn't get address/i.test(said)) {
    return error('ETIMEDOUT', `no answer from the server in RFC2136_NAMESERVER (${said})`);
  }
  return error('UpdateFailed', said || 'nsupdate failed without a message');
}

function runWithInput(command: string, args: string[], input: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') return reject(error);
      reject(new Error(`${NAME}: ${command} is not installed; install bind9-dnsutils (apt-get install -y bind9-dnsutils)`));
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.stdin.end(input);
  });
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function splitHostPort(entry: string): [string, string | undefined] {
  const match = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry) ?? /^([^:]+)(?::(\d+))?$/.exec(entry);
  return match ? [match[1], match[2]] : [entry, undefined];
}
