import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  InputError
} from "./chunk-GAY36EZ4.js";

// src/config/urls.ts
import { isIP } from "node:net";
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}
function readServiceUrl(raw, input, example) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(input, `'${raw}' is not a URL`, `Give a full URL such as ${example}.`);
  }
  if (url.protocol === "https:") return url;
  if (url.protocol === "http:" && isLoopbackHost(url.hostname)) return url;
  throw new InputError(
    input,
    `'${raw}' does not use https`,
    `Use an https:// URL such as ${example} (plain http is accepted only for localhost).`
  );
}

export {
  readServiceUrl
};
