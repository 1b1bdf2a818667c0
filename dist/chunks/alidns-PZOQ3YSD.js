import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  AliCloudError,
  createRpcCall
} from "./chunk-PFLV6U7H.js";
import "./chunk-AIMKLHXC.js";
import "./chunk-2RH53QCQ.js";
import "./chunk-OI4EBTUF.js";
import {
  relativeName
} from "./chunk-VEJFUO4D.js";
import "./chunk-GAY36EZ4.js";
import "./chunk-XQDUAZ6U.js";
import "./chunk-7CFZY2FN.js";

// src/dns/alidns.ts
var API_VERSION = "2015-01-09";
var PAGE_SIZE = 100;
function createAliDnsProvider(options) {
  const call = createRpcCall({
    service: "AliDNS",
    endpoint: options.endpoint,
    endpointInput: "alidns-endpoint",
    apiVersion: API_VERSION,
    credentials: options.credentials,
    log: options.log,
    retry: options.retry,
    ramAdvice: (action) => `may not call alidns:${action}; grant it AliyunDNSFullAccess or a policy allowing alidns:DescribeDomains, alidns:AddDomainRecord, alidns:DescribeSubDomainRecords and alidns:DeleteDomainRecord`,
    explain: (_action, code) => code === "QuotaExceeded.TTL" ? "the TTL is below the minimum of this AliDNS edition (600 s on the free edition); set dns-ttl to 600 or more" : void 0
  });
  async function findTxtRecordId(zone, rr, value) {
    const response = await call("DescribeSubDomainRecords", {
      DomainName: zone,
      SubDomain: rr === "@" ? zone : `${rr}.${zone}`,
      Type: "TXT",
      PageSize: 500
    });
    const id = response.DomainRecords.Record.find((record) => record.Value === value)?.RecordId;
    return id === void 0 ? void 0 : String(id);
  }
  return {
    name: "AliDNS",
    async listZones() {
      const zones = [];
      for (let page = 1; ; page++) {
        const response = await call("DescribeDomains", { PageNumber: page, PageSize: PAGE_SIZE });
        const domains = response.Domains.Domain;
        zones.push(...domains.map((domain) => (domain.PunyCode || domain.DomainName).toLowerCase().replace(/\.$/, "")));
        if (domains.length === 0 || zones.length >= Number(response.TotalCount)) return zones;
      }
    },
    async appendTxt(zone, fqdn, value, ttl) {
      const rr = relativeName(fqdn, zone);
      try {
        const response = await call("AddDomainRecord", {
          DomainName: zone,
          RR: rr,
          Type: "TXT",
          Value: value,
          TTL: ttl
        });
        return found(zone, fqdn, value, String(response.RecordId));
      } catch (error) {
        if (!(error instanceof AliCloudError) || error.code !== "DomainRecordDuplicate") throw error;
        if (error.earlierTryMayHaveWorked) return found(zone, fqdn, value, await findTxtRecordId(zone, rr, value));
        return void 0;
      }
    },
    async findTxt(zone, fqdn, value) {
      return found(zone, fqdn, value, await findTxtRecordId(zone, relativeName(fqdn, zone), value));
    },
    async deleteTxt(record) {
      try {
        await call("DeleteDomainRecord", { RecordId: record.id });
      } catch (error) {
        if (error instanceof AliCloudError && error.code === "DomainRecordNotBelongToUser") return;
        throw error;
      }
    }
  };
}
function found(zone, fqdn, value, id) {
  return id === void 0 ? void 0 : { zone, fqdn, value, id };
}
export {
  createAliDnsProvider
};
