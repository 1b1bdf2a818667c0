import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{b as a,c as b,d as c,e as d,f as e}from"./chunk-K2ZT3QKJ.js";import"./chunk-32BNW2KS.js";import"./chunk-L2G7TLJD.js";export{a as readRemoteFile,d as removeLeftovers,e as removeNewFiles,c as replaceFiles,b as statRemote};
