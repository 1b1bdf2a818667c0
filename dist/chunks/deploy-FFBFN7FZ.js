import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a,b}from"./chunk-XFKZEE4O.js";import"./chunk-W6QWFAUO.js";import"./chunk-K2ZT3QKJ.js";import"./chunk-DOBV2JHC.js";import"./chunk-O36XYXA7.js";import"./chunk-MAHA2CLL.js";import"./chunk-7W7XM5DT.js";import"./chunk-TDCENUBG.js";import"./chunk-6MFDSKP2.js";import"./chunk-OGCNGCZC.js";import"./chunk-32BNW2KS.js";import"./chunk-TLZYZYZM.js";import"./chunk-L2G7TLJD.js";export{a as deployCertificate,b as readDeployedFiles};
