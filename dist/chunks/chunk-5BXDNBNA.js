import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
var i={id:"huaweicloud",name:"Huawei Cloud DNS",endpoint:{default:"https://dns.myhuaweicloud.com",description:"Huawei Cloud DNS API endpoint; public zones are global, a regional one is https://dns.<region>.myhuaweicloud.com."},variables:{accessKeyId:{names:["HUAWEICLOUD_ACCESS_KEY_ID","HUAWEICLOUD_SDK_AK"],description:"access key (AK)",secret:!0,required:!0},secretAccessKey:{names:["HUAWEICLOUD_SECRET_ACCESS_KEY","HUAWEICLOUD_SDK_SK"],description:"secret access key (SK)",secret:!0,required:!0},securityToken:{names:["HUAWEICLOUD_SECURITY_TOKEN","HUAWEICLOUD_SDK_SECURITY_TOKEN"],description:"security token of temporary AK/SK",secret:!0,required:!1}},async create({endpoint:s,env:e},{log:c}){let{createHuaweiCloudProvider:r}=await import("./huaweicloud-VDNLBJDO.js");return r({endpoint:s,credentials:{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,securityToken:e.securityToken},log:c})}};export{i as a};
