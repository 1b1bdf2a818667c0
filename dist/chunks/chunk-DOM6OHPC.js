import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as n}from"./chunk-TLZYZYZM.js";import{a as s}from"./chunk-L2G7TLJD.js";import{isIP as i}from"node:net";function c(r){let t=r.replace(/^\[|\]$/g,"");return t==="localhost"?!0:i(t)===4?t.startsWith("127."):t==="::1"}s(c,"isLoopbackHost");function p(r,t,e){let o;try{o=new URL(r)}catch{throw new n(t,`'${r}' is not a URL`,`Give a full URL such as ${e}.`)}if(o.protocol==="https:"||o.protocol==="http:"&&c(o.hostname))return o;throw new n(t,`'${r}' does not use https`,`Use an https:// URL such as ${e} (plain http is accepted only for localhost).`)}s(p,"readServiceUrl");export{p as a};
