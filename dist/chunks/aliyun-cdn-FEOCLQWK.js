import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as i,b as r}from"./chunk-HRXOCAYC.js";import"./chunk-7QGMHOCB.js";import"./chunk-7IFIUXV4.js";import"./chunk-TDCENUBG.js";import"./chunk-6MFDSKP2.js";import"./chunk-OGCNGCZC.js";import"./chunk-LDOTK365.js";import"./chunk-LVDKT7AF.js";import"./chunk-JYGZIPSS.js";import"./chunk-TLZYZYZM.js";import{a as n}from"./chunk-L2G7TLJD.js";function a(e){return i({kind:"cdn",name:"CDN",input:"aliyun-cdn-domains",endpoint:e.config.endpoints.cdn,endpointInput:"aliyun-cdn-endpoint",apiVersion:"2018-05-10",describeAction:"DescribeDomainCertificateInfo",setAction:"SetCdnDomainSSLCertificate",ramNamespace:"cdn",served(o){let t=r(o);return{https:t?.ServerCertificateStatus==="on",pem:t?.ServerCertificate,expires:t?.CertExpireTime}}},e.config.cdnDomains,e)}n(a,"deployToCdn");export{a as deployToCdn};
