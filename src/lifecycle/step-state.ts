// What the main step leaves for its post step in the runner's step state (core.saveState): the
// TXT records it added and has not removed yet. A runner runs `post:` even after it killed the
// main step, and hands it this state as STATE_* variables.
import * as core from '@actions/core';
import { TxtLedger } from '../dns/txt-ledger.js';

const TXT_RECORDS = 'txt-records';

/** The main step's ledger: every change is in the step state at once, before the next API call. */
export function mainStepLedger(): TxtLedger {
  return new TxtLedger((text) => core.saveState(TXT_RECORDS, text));
}

/** The post step's view: what the main step had not removed when it ended. */
export function leftoverLedger(): TxtLedger {
  return TxtLedger.parse(core.getState(TXT_RECORDS), (text) => core.saveState(TXT_RECORDS, text));
}
