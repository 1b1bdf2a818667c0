// The logging seam: production code logs through this interface so unit tests can capture lines
// without a runner, and the action wires it to @actions/core.
import * as core from '@actions/core';
import { untrustedLines } from './untrusted-text.js';

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

export const actionsLog: Log = {
  debug: (message) => core.debug(message),
  // The only call that prints its text raw (the others escape it into one command line): messages
  // quote hosts and servers, and this code never means to issue a workflow command through it.
  info: (message) => core.info(untrustedLines(message)),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
};
