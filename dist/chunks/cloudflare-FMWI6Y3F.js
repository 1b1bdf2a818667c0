import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  cloudflare
} from "./chunk-XM2JBNSQ.js";
import {
  ZoneIds
} from "./chunk-JXJVFHBE.js";
import {
  variableNames
} from "./chunk-BDDHKHSJ.js";
import "./chunk-2O4VOWNE.js";
import "./chunk-VEJFUO4D.js";
import "./chunk-GAY36EZ4.js";
import {
  DnsApiError,
  apiCaller,
  parseJson,
  send
} from "./chunk-Y6RXF2SB.js";
import "./chunk-XQDUAZ6U.js";
import "./chunk-7CFZY2FN.js";

// src/dns/cloudflare.ts
var NAME = "Cloudflare";
var PAGE_SIZE = 50;
var MIN_TTL = 60;
var DUPLICATE = "81058";
var RECORD_GONE = "81044";
var DNS_TOKEN = variableNames(cloudflare.variables.dnsToken);
var ZONE_TOKEN = variableNames(cloudflare.variables.zoneToken);
function createCloudflareProvider(options) {
  const call = apiCaller({ log: options.log, retry: options.retry, isThrottled: (error) => error.httpStatus === 429 });
  const zoneIds = new ZoneIds(NAME, listZones);
  async function request(action, method, path, token, body) {
    const bearer = token === "zone" ? options.zoneToken ?? options.dnsToken : options.dnsToken;
    const tokenVariables = token === "zone" && options.zoneToken ? ZONE_TOKEN : DNS_TOKEN;
    return call(async () => {
      const answer = await send(NAME, action, `${options.endpoint}${path}`, {
        method,
        headers: { authorization: `Bearer ${bearer}`, ...body ? { "content-type": "application/json" } : {} },
        body: body ? JSON.stringify(body) : void 0
      });
      const envelope = parseJson(NAME, action, answer, "cloudflare-endpoint");
      if (answer.status < 300 && envelope.success) return envelope;
      const [first] = envelope.errors ?? [];
      const code = String(first?.code ?? answer.status);
      const facts = { action, code, requestId: answer.headers.get("cf-ray") ?? void 0, httpStatus: answer.status };
      throw new DnsApiError(NAME, facts, explain(answer.status, code, tokenVariables, action) ?? first?.message ?? `HTTP ${answer.status}`);
    });
  }
  async function listZones() {
    const zones = [];
    for (let page = 1; ; page++) {
      const { result, result_info } = await request(
        "list zones",
        "GET",
        `/zones?page=${page}&per_page=${PAGE_SIZE}`,
        "zone"
      );
      zones.push(...result.map((zone) => zoneIds.remember(zone.name, zone.id)));
      if (!result_info || page >= result_info.total_pages || result.length === 0) return zones;
    }
  }
  async function findRecordId(zoneIdentifier, fqdn, value) {
    const query = new URLSearchParams({ type: "TXT", name: fqdn, per_page: "100" });
    const { result } = await request("list records", "GET", `/zones/${zoneIdentifier}/dns_records?${query}`, "dns");
    return result.find((record) => unquote(record.content) === value)?.id;
  }
  return {
    name: NAME,
    listZones,
    async appendTxt(zone, fqdn, value, ttl) {
      const id = await zoneIds.of(zone);
      try {
        const { result } = await request("create record", "POST", `/zones/${id}/dns_records`, "dns", {
          type: "TXT",
          name: fqdn,
          content: value,
          ttl: Math.max(ttl, MIN_TTL)
        });
        return { zone, fqdn, value, id: result.id };
      } catch (error) {
        if (!(error instanceof DnsApiError) || error.code !== DUPLICATE) throw error;
        if (!error.earlierTryMayHaveWorked) return void 0;
        const found = await findRecordId(id, fqdn, value);
        return found === void 0 ? void 0 : { zone, fqdn, value, id: found };
      }
    },
    async findTxt(zone, fqdn, value) {
      const found = await findRecordId(await zoneIds.of(zone), fqdn, value);
      return found === void 0 ? void 0 : { zone, fqdn, value, id: found };
    },
    async deleteTxt(record) {
      const id = await zoneIds.of(record.zone);
      try {
        await request("delete record", "DELETE", `/zones/${id}/dns_records/${record.id}`, "dns");
      } catch (error) {
        if (error instanceof DnsApiError && error.code === RECORD_GONE) return;
        throw error;
      }
    }
  };
}
function unquote(content) {
  return /^".*"$/.test(content) ? content.slice(1, -1) : content;
}
function explain(status, code, tokenVariables, action) {
  if (code === "9109" || code === "6003" || code === "6111") {
    return `the API token in ${tokenVariables} is not valid; create a new token and store it again`;
  }
  if (status === 403 || code === "10000") {
    const scope = action === "list zones" ? "Zone:Zone:Read" : "Zone:DNS:Edit";
    return `the API token in ${tokenVariables} may not ${action}; give it ${scope} on the zone${action === "list zones" ? `, or set ${ZONE_TOKEN} to a token that has it` : ""}`;
  }
  return void 0;
}
export {
  createCloudflareProvider
};
