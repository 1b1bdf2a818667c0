import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import{a as r}from"./chunk-L2G7TLJD.js";var e=/\r\n|\r|\n/;function i(n){return t(n.replace(/\r/g,"\\r").replace(/\n/g,"\\n"))}r(i,"untrustedLine");function s(n){return n.split(e).map(t).join(`
`)}r(s,"untrustedLines");function t(n){return n.replace(/^(\s*):(?=:)/,"$1: ").replace(/##\[/g,"## [")}r(t,"neutraliseLine");export{i as a,s as b};
