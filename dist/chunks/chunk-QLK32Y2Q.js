import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as c,b as f}from"./chunk-P5CIRS76.js";import{d as a}from"./chunk-6MFDSKP2.js";import{a as o,f as i}from"./chunk-L2G7TLJD.js";var s=i(c(),1),m=i(f(),1);import{createPublicKey as p}from"node:crypto";function y(r){let{commonName:e,altNames:t}=m.crypto.readCsrDomains(r);return[...new Set([e,...t].filter(n=>!!n))]}o(y,"csrNames");function g(r,e){let t=Buffer.from(new s.Pkcs10CertificateRequest(r).publicKey.rawData);return p({key:t,format:"der",type:"spki"}).export({type:"spki",format:"der"}).equals(a(e))}o(g,"csrMatchesCertificate");export{y as a,g as b};
