import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
var o={id:"tencentcloud",name:"DNSPod",endpoint:{default:"https://dnspod.tencentcloudapi.com",description:"Tencent Cloud DNSPod API 3.0 endpoint (https://dnspod.intl.tencentcloudapi.com for the international site)."},variables:{secretId:{names:["TENCENTCLOUD_SECRET_ID"],description:"SecretId",secret:!0,required:!0},secretKey:{names:["TENCENTCLOUD_SECRET_KEY"],description:"SecretKey",secret:!0,required:!0},sessionToken:{names:["TENCENTCLOUD_SESSION_TOKEN"],description:"token of temporary (STS) credentials",secret:!0,required:!1}},async create({endpoint:t,env:e},{log:n}){let{createTencentCloudProvider:r}=await import("./tencentcloud-FB2SOJZB.js");return r({endpoint:t,credentials:{secretId:e.secretId,secretKey:e.secretKey,sessionToken:e.sessionToken},log:n})}};export{o as a};
