import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a,b}from"./chunk-QLK32Y2Q.js";import"./chunk-P5CIRS76.js";import"./chunk-6MFDSKP2.js";import"./chunk-OGCNGCZC.js";import"./chunk-ZZXCNUFC.js";import"./chunk-RZMW23D2.js";import"./chunk-TLZYZYZM.js";import"./chunk-L2G7TLJD.js";export{b as csrMatchesCertificate,a as csrNames};
