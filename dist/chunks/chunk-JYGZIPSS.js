import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as o}from"./chunk-L2G7TLJD.js";import{setTimeout as m}from"node:timers/promises";async function i(n,e){for(let t=1;;t++)try{return await n(t)}catch(r){if(t>=e.attempts||!e.shouldRetry(r))throw r;let a=u(t,e);e.onRetry?.(r,t,a),await m(a)}}o(i,"retry");function u(n,{minDelayMs:e,maxDelayMs:t}){let r=Math.min(t,e*2**(n-1));return Math.round(r/2+Math.random()*r/2)}o(u,"backoff");export{i as a};
