import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  parseResolver
} from "./chunk-WOBCHDFU.js";
import {
  DnsApiError,
  apiCaller
} from "./chunk-Y6RXF2SB.js";
import "./chunk-XQDUAZ6U.js";
import "./chunk-7CFZY2FN.js";

// src/dns/rfc2136.ts
import { spawn } from "node:child_process";
import { promises as dns } from "node:dns";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var NAME = "RFC 2136";
var UPDATE_TIMEOUT_S = 15;
var QUERY = { timeout: 2e3, tries: 2 };
function createRfc2136Provider(options) {
  const call = apiCaller({ log: options.log, retry: options.retry, isThrottled: () => false });
  const [host, port = "53"] = splitHostPort(options.nameserver);
  let resolver;
  const server = () => resolver ??= parseResolver(options.nameserver).then(({ addresses }) => {
    const created = new dns.Resolver(QUERY);
    created.setServers(addresses);
    return created;
  });
  async function update(action, zone, line) {
    const script = [`server ${host} ${port}`, `zone ${zone}.`, line, "send", ""].join("\n");
    await call(() => nsupdate(action, script, options));
  }
  async function served(fqdn) {
    try {
      return (await (await server()).resolveTxt(fqdn)).map((chunks) => chunks.join(""));
    } catch (error) {
      const code = error.code;
      if (code === "ENODATA" || code === "ENOTFOUND") return [];
      throw new Error(`${NAME}: cannot query ${fqdn} TXT at ${options.nameserver} (RFC2136_NAMESERVER): ${code ?? error.message}`);
    }
  }
  return {
    name: NAME,
    // A name server has no list of "zones you may edit": each name's zone is asked for instead.
    listZones: async () => [],
    async zoneOf(fqdn) {
      const resolve = await server();
      for (let candidate = fqdn; candidate.includes("."); candidate = candidate.slice(candidate.indexOf(".") + 1)) {
        try {
          await resolve.resolveSoa(candidate);
          return candidate;
        } catch (error) {
          const code = error.code;
          if (!["ENODATA", "ENOTFOUND", "EREFUSED", "ESERVFAIL", "ENOTIMP"].includes(code ?? "")) {
            throw new Error(`${NAME}: cannot query ${candidate} SOA at ${options.nameserver} (RFC2136_NAMESERVER): ${code ?? error.message}`);
          }
        }
      }
      return void 0;
    },
    async appendTxt(zone, fqdn, value, ttl) {
      if ((await served(fqdn)).includes(value)) return void 0;
      await update("add", zone, `update add ${fqdn}. ${ttl} TXT ${quote(value)}`);
      return { zone, fqdn, value };
    },
    async findTxt(zone, fqdn, value) {
      return (await served(fqdn)).includes(value) ? { zone, fqdn, value } : void 0;
    },
    async deleteTxt({ zone, fqdn, value }) {
      await update("delete", zone, `update delete ${fqdn}. TXT ${quote(value)}`);
    }
  };
}
async function nsupdate(action, script, options) {
  const dir = mkdtempSync(join(tmpdir(), "rfc2136-"));
  try {
    const args = ["-t", String(UPDATE_TIMEOUT_S)];
    if (options.tsig) {
      const keyFile = join(dir, "tsig.key");
      const { name, algorithm, secret: secret2 } = options.tsig;
      writeFileSync(keyFile, `key "${name.replace(/\.$/, "")}" { algorithm ${algorithm}; secret "${secret2}"; };
`, { mode: 384 });
      args.push("-k", keyFile);
    }
    const { code, output } = await runWithInput(options.nsupdate ?? "nsupdate", args, script);
    if (code === 0) return;
    const secret = options.tsig?.secret;
    const said = (secret ? output.split(secret).join("***") : output).trim().split("\n").slice(-3).join(" / ");
    throw classify(action, said);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function classify(action, said) {
  const error = (code, explanation) => new DnsApiError(NAME, { action, code, requestId: void 0, httpStatus: void 0 }, explanation);
  if (/BADSIG|BADKEY|tsig verify failure|TSIG error/i.test(said)) {
    return error("BADSIG", `the server refuses the TSIG signature: RFC2136_TSIG_KEY, RFC2136_TSIG_SECRET or RFC2136_TSIG_ALGORITHM does not match its key (${said})`);
  }
  if (/REFUSED|NOTAUTH/.test(said)) {
    return error("REFUSED", `the server refuses this update: allow updates of the zone for the TSIG key in RFC2136_TSIG_KEY (allow-update / update-policy) (${said})`);
  }
  if (/timed out|communications error|could not talk|connection refused|couldn't get address/i.test(said)) {
    return error("ETIMEDOUT", `no answer from the server in RFC2136_NAMESERVER (${said})`);
  }
  return error("UpdateFailed", said || "nsupdate failed without a message");
}
function runWithInput(command, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => output += chunk.toString());
    child.stderr.on("data", (chunk) => output += chunk.toString());
    child.on("error", (error) => {
      if (error.code !== "ENOENT") return reject(error);
      reject(new Error(`${NAME}: ${command} is not installed; install bind9-dnsutils (apt-get install -y bind9-dnsutils)`));
    });
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
    child.stdin.end(input);
  });
}
function quote(value) {
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}
function splitHostPort(entry) {
  const match = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry) ?? /^([^:]+)(?::(\d+))?$/.exec(entry);
  return match ? [match[1], match[2]] : [entry, void 0];
}
export {
  createRfc2136Provider
};
