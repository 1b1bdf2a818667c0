import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as o}from"./chunk-L2G7TLJD.js";import{domainToASCII as a}from"node:url";function s(i){let e=i.trim().replace(/\.$/,"");return(/^[\x00-\x7f]*$/.test(e)?e:a(e)||e).toLowerCase()}o(s,"toAsciiName");function g(i){return`_acme-challenge.${s(i)}`}o(g,"challengeName");function d(i,e){let t=s(i),n;for(let c of e){let r=s(c);r===""||!(t===r||t.endsWith(`.${r}`))||(n===void 0||r.length>n.length)&&(n=r)}return n}o(d,"findZone");function u(i,e){let t=s(i),n=s(e);if(t===n)return"@";if(!t.endsWith(`.${n}`))throw new Error(`${t} is not inside zone ${n}`);return t.slice(0,-(n.length+1))}o(u,"relativeName");export{s as a,g as b,d as c,u as d};
