import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a,b}from"./chunk-2OIWOHO7.js";import"./chunk-DCG3NPM2.js";import"./chunk-7IFIUXV4.js";import"./chunk-6MFDSKP2.js";import"./chunk-OGCNGCZC.js";import"./chunk-LVDKT7AF.js";import"./chunk-DOM6OHPC.js";import"./chunk-TLZYZYZM.js";import"./chunk-L2G7TLJD.js";export{a as NO_CLOUD,b as deployToCloud};
