import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a,b}from"./chunk-B7EWHIBI.js";import"./chunk-SXXSPFSC.js";import"./chunk-SWUCX4YH.js";import"./chunk-7W7XM5DT.js";import"./chunk-5NXP3XIA.js";import"./chunk-LN3CMM55.js";import"./chunk-OGCNGCZC.js";import"./chunk-LVDKT7AF.js";import"./chunk-MGANXU3A.js";import"./chunk-5BXDNBNA.js";import"./chunk-OLHGMMTW.js";import"./chunk-TLZYZYZM.js";import"./chunk-L2G7TLJD.js";export{a as createDnsSolver,b as removeListedRecords};
