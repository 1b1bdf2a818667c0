// The logging seam: production code logs through this interface so unit tests can capture lines
// without a runner, and the action wires it to @actions/core.
import * as core from '@actions/core';
import { untrustedLines } from './untrusted-text.js';

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  /** Worth a look but not a problem: an annotation on the run, not only a log line. */
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

// Messages quote hosts and servers, and this code never means to issue a workflow command through
// them: info prints its text raw, and the others are broken too so that no line the runner reads
// holds a command marker, whatever its parser tries first.
export const actionsLog: Log = {
  debug: (message) => core.debug(untrustedLines(message)),
  info: (message) => core.info(untrustedLines(message)),
  notice: (message) => core.notice(untrustedLines(message)),
  warning: (message) => core.warning(untrustedLines(message)),
  error: (message) => core.error(untrustedLines(message)),
};
