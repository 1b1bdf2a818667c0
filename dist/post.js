import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  actionsLog,
  getInput,
  leftBehind,
  maskSecrets,
  readDeployConfig,
  readDnsConfig,
  removeListedRecords,
  setFailed
} from "./chunks/chunk-ZD6J65ZQ.js";
import "./chunks/chunk-TTW3HH64.js";
import "./chunks/chunk-2RH53QCQ.js";
import "./chunks/chunk-XM2JBNSQ.js";
import "./chunks/chunk-QPLALJYG.js";
import "./chunks/chunk-WOBCHDFU.js";
import "./chunks/chunk-TGWNNOQ6.js";
import "./chunks/chunk-6UY4ZMDD.js";
import "./chunks/chunk-BDDHKHSJ.js";
import "./chunks/chunk-2O4VOWNE.js";
import "./chunks/chunk-VEJFUO4D.js";
import "./chunks/chunk-GAY36EZ4.js";
import "./chunks/chunk-7CFZY2FN.js";

// src/post.ts
async function post() {
  const { txt, tokens, size } = leftBehind();
  if (size === 0) return;
  const src = (name) => getInput(name);
  maskSecrets(src, process.env);
  const removeTokens = async () => {
    if (tokens.size === 0) return;
    actionsLog.info(`The main step left HTTP-01 tokens on ${tokens.size} host(s); removing them.`);
    await tokens.removeAll(readDeployConfig(src, void 0, { forChallenges: true }), actionsLog);
  };
  const removeRecords = async () => {
    if (txt.size === 0) return;
    actionsLog.info(`The main step left ${txt.size} TXT record(s); removing them.`);
    await removeListedRecords(readDnsConfig(src, process.env), txt, actionsLog);
    if (txt.size > 0) throw new Error(`${txt.size} TXT record(s) could not be removed; see the warnings above`);
  };
  const [tokensRemoved, recordsRemoved] = await Promise.allSettled([removeTokens(), removeRecords()]);
  if (tokensRemoved.status === "rejected") actionsLog.warning(`Could not remove the HTTP-01 tokens: ${tokensRemoved.reason.message}`);
  if (recordsRemoved.status === "rejected") throw recordsRemoved.reason;
}
post().then(
  () => process.exit(),
  (error) => {
    setFailed(error instanceof Error ? error.message : String(error));
    process.exit();
  }
);
