import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);

// src/dns/zones.ts
import { domainToASCII } from "node:url";
function toAsciiName(name) {
  const bare = name.trim().replace(/\.$/, "");
  const ascii = /^[\x00-\x7f]*$/.test(bare) ? bare : domainToASCII(bare) || bare;
  return ascii.toLowerCase();
}
function challengeName(domain) {
  return `_acme-challenge.${toAsciiName(domain)}`;
}
function findZone(fqdn, zones) {
  const name = toAsciiName(fqdn);
  let best;
  for (const candidate of zones) {
    const zone = toAsciiName(candidate);
    if (zone === "" || !(name === zone || name.endsWith(`.${zone}`))) continue;
    if (best === void 0 || zone.length > best.length) best = zone;
  }
  return best;
}
function relativeName(fqdn, zone) {
  const name = toAsciiName(fqdn);
  const apex = toAsciiName(zone);
  if (name === apex) return "@";
  if (!name.endsWith(`.${apex}`)) throw new Error(`${name} is not inside zone ${apex}`);
  return name.slice(0, -(apex.length + 1));
}

export {
  toAsciiName,
  challengeName,
  findZone,
  relativeName
};
