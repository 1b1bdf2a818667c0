// The post step: removes TXT records a killed or crashed main step left behind. Reads only the DNS
// inputs, and does nothing (no API call) when the main step cleaned up after itself.
import * as core from '@actions/core';
import type { InputSource } from './config/input-helper.js';
import { readDnsConfig } from './dns/dns-config.js';
import { removeListedRecords } from './dns/dns-solver.js';
import { leftoverLedger } from './lifecycle/step-state.js';
import { maskSecrets } from './secrets.js';
import { actionsLog as log } from './util/log.js';

async function post(): Promise<void> {
  const ledger = leftoverLedger();
  if (ledger.size === 0) return;
  const src: InputSource = (name) => core.getInput(name);
  maskSecrets(src, process.env);
  log.info(`The main step left ${ledger.size} TXT record(s); removing them.`);
  await removeListedRecords(readDnsConfig(src, process.env), ledger, log);
  if (ledger.size > 0) throw new Error(`${ledger.size} TXT record(s) could not be removed; see the warnings above`);
}

post().then(
  () => process.exit(),
  (error: unknown) => {
    core.setFailed(error instanceof Error ? error.message : String(error));
    process.exit();
  },
);
