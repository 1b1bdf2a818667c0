import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as n}from"./chunk-L2G7TLJD.js";import{randomBytes as p}from"node:crypto";import{chmodSync as y,closeSync as i,fsyncSync as u,mkdirSync as a,openSync as d,renameSync as S,rmSync as m,writeSync as h}from"node:fs";import{basename as l,dirname as c,join as g}from"node:path";var x=448,f=384;function w(e){a(e,{recursive:!0,mode:x})}n(w,"ensureDir");function B(e){let t=[];try{for(let r of e)t.push(F(r))}catch(r){for(let o of t)m(o,{force:!0});throw r}e.forEach((r,o)=>S(t[o],r.path))}n(B,"writeFilesAtomic");function F({path:e,data:t}){w(c(e));let r=g(c(e),`.${l(e)}.${p(6).toString("hex")}.tmp`),o=d(r,"wx",f);try{h(o,typeof t=="string"?Buffer.from(t):t),u(o)}catch(s){throw i(o),m(r,{force:!0}),s}return i(o),y(r,f),r}n(F,"writeTemp");export{w as a,B as b};
