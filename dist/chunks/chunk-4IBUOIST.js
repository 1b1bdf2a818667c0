import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as o}from"./chunk-L2G7TLJD.js";function a(i){return{name:i.name,listZones:o(()=>i.listZones(),"listZones"),async appendTxt(e,t,r,n){let s=await i.read(e,t);if(!s?.values.includes(r))return await i.write(e,t,[...s?.values??[],r],s?.ttl??n,s),{zone:e,fqdn:t,value:r}},async findTxt(e,t,r){return(await i.read(e,t))?.values.includes(r)?{zone:e,fqdn:t,value:r}:void 0},async deleteTxt({zone:e,fqdn:t,value:r}){let n=await i.read(e,t);if(!n?.values.includes(r))return;let s=n.values.filter(d=>d!==r);s.length===0?await i.remove(e,t,n):await i.write(e,t,s,n.ttl,n)}}}o(a,"recordSetProvider");export{a};
