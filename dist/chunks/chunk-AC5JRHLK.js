import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as e}from"./chunk-OLHGMMTW.js";import{a as t}from"./chunk-L2G7TLJD.js";var n=class{constructor(r,i){this.providerName=r;this.listZones=i}providerName;listZones;static{t(this,"ZoneIds")}ids=new Map;remember(r,i){let s=e(r);return this.ids.set(s,i),s}async of(r){this.ids.has(r)||await this.listZones();let i=this.ids.get(r);if(i===void 0)throw new Error(`${this.providerName} has no zone ${r} these credentials can see`);return i}};export{n as a};
