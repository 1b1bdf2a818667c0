import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as s}from"./chunk-L2G7TLJD.js";import{join as r}from"node:path";function o(e,n,t){let i=r(e,"accounts",n,t);return{dir:i,accountJson:r(i,"account.json"),keyFile:r(i,"keys",`${t}.key`)}}s(o,"accountPaths");function a(e,n){let t=r(e,"certificates",n);return{certificate:`${t}.crt`,issuer:`${t}.issuer.crt`,key:`${t}.key`,meta:`${t}.json`}}s(a,"certificatePaths");export{o as a,a as b};
