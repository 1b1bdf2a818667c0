import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  InputError
} from "./chunk-GAY36EZ4.js";

// src/config/domains.ts
import { isIP } from "node:net";
import { domainToASCII } from "node:url";
var LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
function normaliseDomain(raw, input) {
  const address = canonicalIp(raw);
  if (address) return address;
  const fix = "Give host names such as example.com or *.example.com.";
  const wildcard = raw.startsWith("*.");
  const body = wildcard ? raw.slice(2) : raw;
  if (body.includes("*")) {
    throw new InputError(input, `'${raw}' has a wildcard that is not the leftmost label`, "Only *.example.com is allowed.");
  }
  if (body.endsWith(".")) throw new InputError(input, `'${raw}' ends with a dot`, fix);
  const ascii = /^[\x21-\x7e]+$/.test(body) ? body.toLowerCase() : domainToASCII(body);
  if (!ascii) throw new InputError(input, `'${raw}' is not a valid internationalised domain name`, fix);
  const labels = ascii.split(".");
  if (labels.some((label) => label === "")) throw new InputError(input, `'${raw}' has an empty label`, fix);
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== void 0) {
    throw new InputError(
      input,
      `'${raw}' has an invalid label '${bad}' (letters, digits and inner hyphens only, at most 63 characters)`,
      fix
    );
  }
  if (labels.length < 2) throw new InputError(input, `'${raw}' is not a fully qualified name`, fix);
  const name = (wildcard ? "*." : "") + ascii;
  if (name.length > 253) throw new InputError(input, `'${raw}' is longer than 253 characters`, fix);
  return name;
}
function normaliseDomains(raws, input) {
  const names = [];
  for (const raw of raws) {
    const name = normaliseDomain(raw, input);
    if (names.includes(name)) throw new InputError(input, `'${raw}' is listed twice`, "List each name once.");
    names.push(name);
  }
  return names;
}
function canonicalIp(raw) {
  const bare = raw.startsWith("[") && raw.endsWith("]") ? raw.slice(1, -1) : raw;
  const version = isIP(bare);
  if (version === 4) return bare;
  if (version === 6) return new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  return void 0;
}
function isIpAddress(name) {
  return isIP(name) !== 0;
}
function certificateName(domains) {
  return domains[0].replace("*", "_").replace(/:/g, "-");
}
function sameNames(a, b) {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((name, i) => name === right[i]);
}
function nameCovers(certificateName2, hostName) {
  if (!certificateName2.startsWith("*.")) return certificateName2 === hostName;
  const dot = hostName.indexOf(".");
  return dot > 0 && hostName.slice(dot + 1) === certificateName2.slice(2);
}

// src/util/untrusted-text.ts
var LINE_BREAKS = /\r\n|\r|\n/;
function untrustedLine(text) {
  return neutraliseLine(text.replace(/\r/g, "\\r").replace(/\n/g, "\\n"));
}
function untrustedLines(text) {
  return text.split(LINE_BREAKS).map(neutraliseLine).join("\n");
}
function neutraliseLine(line) {
  return line.replace(/^(\s*):(?=:)/, "$1: ").replace(/##\[/g, "## [");
}

export {
  normaliseDomain,
  normaliseDomains,
  canonicalIp,
  isIpAddress,
  certificateName,
  sameNames,
  nameCovers,
  untrustedLine,
  untrustedLines
};
