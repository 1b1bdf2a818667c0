// The post step: removes what a killed or crashed main step left behind — TXT records, and HTTP-01
// token files in the hosts' webroots. Reads only the inputs it needs, and does nothing (no API call,
// no SSH connection) when the main step cleaned up after itself.
import * as core from '@actions/core';
import type { InputSource } from './config/input-helper.js';
import { readDeployConfig } from './deploy/deploy-config.js';
import { readDnsConfig } from './dns/dns-config.js';
import { removeListedRecords } from './dns/dns-solver.js';
import { leftBehind } from './lifecycle/step-state.js';
import { maskSecrets } from './secrets.js';
import { actionsLog as log } from './util/log.js';

async function post(): Promise<void> {
  const { txt, tokens, size } = leftBehind();
  if (size === 0) return;
  const src: InputSource = (name) => core.getInput(name);
  maskSecrets(src, process.env);
  // A host that cannot be reached is a warning (the token is public and short-lived); TXT records
  // left in the zone fail the step, as they would confuse the next run's challenge.
  const removeTokens = async () => {
    if (tokens.size === 0) return;
    log.info(`The main step left HTTP-01 tokens on ${tokens.size} host(s); removing them.`);
    await tokens.removeAll(await readDeployConfig(src, undefined, { forChallenges: true }), log);
  };
  const removeRecords = async () => {
    if (txt.size === 0) return;
    log.info(`The main step left ${txt.size} TXT record(s); removing them.`);
    await removeListedRecords(readDnsConfig(src, process.env), txt, log);
    if (txt.size > 0) throw new Error(`${txt.size} TXT record(s) could not be removed; see the warnings above`);
  };
  const [tokensRemoved, recordsRemoved] = await Promise.allSettled([removeTokens(), removeRecords()]);
  if (tokensRemoved.status === 'rejected') log.warning(`Could not remove the HTTP-01 tokens: ${(tokensRemoved.reason as Error).message}`);
  if (recordsRemoved.status === 'rejected') throw recordsRemoved.reason;
}

post().then(
  () => process.exit(),
  (error: unknown) => {
    core.setFailed(error instanceof Error ? error.message : String(error));
    process.exit();
  },
);
