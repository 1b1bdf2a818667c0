import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as o,b as i}from"./chunk-HRXOCAYC.js";import"./chunk-7QGMHOCB.js";import"./chunk-7IFIUXV4.js";import"./chunk-TDCENUBG.js";import"./chunk-6MFDSKP2.js";import"./chunk-OGCNGCZC.js";import"./chunk-LDOTK365.js";import"./chunk-LVDKT7AF.js";import"./chunk-JYGZIPSS.js";import"./chunk-TLZYZYZM.js";import{a as t}from"./chunk-L2G7TLJD.js";function c(n){return o({kind:"dcdn",name:"DCDN",input:"aliyun-dcdn-domains",endpoint:n.config.endpoints.dcdn,endpointInput:"aliyun-dcdn-endpoint",apiVersion:"2018-01-15",describeAction:"DescribeDcdnDomainCertificateInfo",setAction:"SetDcdnDomainSSLCertificate",ramNamespace:"dcdn",served(r){let e=i(r);return{https:e?.SSLProtocol==="on",pem:e?.SSLPub,expires:e?.CertExpireTime}}},n.config.dcdnDomains,n)}t(c,"deployToDcdn");export{c as deployToDcdn};
