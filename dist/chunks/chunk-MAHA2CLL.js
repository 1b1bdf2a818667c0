import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as e}from"./chunk-L2G7TLJD.js";async function i(n,o,l){let r=new Array(n.length),t=0,h=e(async()=>{for(;t<n.length;){let a=t++;r[a]=await l(n[a])}},"worker");return await Promise.all(Array.from({length:Math.max(1,Math.min(o,n.length))},h)),r}e(i,"mapPool");export{i as a};
