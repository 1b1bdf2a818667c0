import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
var r={id:"cloudflare",name:"Cloudflare",endpoint:{default:"https://api.cloudflare.com/client/v4",description:"Cloudflare API v4 base URL."},variables:{dnsToken:{names:["CF_DNS_API_TOKEN","CLOUDFLARE_DNS_API_TOKEN"],description:"API token with Zone:DNS:Edit",secret:!0,required:!0},zoneToken:{names:["CF_ZONE_API_TOKEN","CLOUDFLARE_ZONE_API_TOKEN"],description:"API token with Zone:Zone:Read, when the DNS token lacks it",secret:!0,required:!1}},async create({endpoint:n,env:e},{log:o}){let{createCloudflareProvider:t}=await import("./cloudflare-HGWAIMPE.js");return t({endpoint:n,dnsToken:e.dnsToken,zoneToken:e.zoneToken,log:o})}};export{r as a};
