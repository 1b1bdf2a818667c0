import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a}from"./chunk-TDCENUBG.js";import{a as i}from"./chunk-L2G7TLJD.js";async function d(r,o,t){try{let e=await t();return o.info(`${r}: ${e.status}${e.reason?` (${e.reason})`:""}`),e}catch(e){let n=a(e.message);return o.info(`${r}: failed: ${n}`),{target:r,status:"failed",reason:n}}}i(d,"settle");var l=5;async function u(r,o){let t;for(let e=1;e<=l;e++){if(t=await o(),t===void 0)return;e<l&&await new Promise(n=>setTimeout(n,r.readBackDelayMs??2e3))}return t}i(u,"readBack");export{d as a,u as b};
