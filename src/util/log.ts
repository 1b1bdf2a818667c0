// The logging seam: production code logs through this interface so unit tests can capture lines
// without a runner, and the action wires it to @actions/core.
import * as core from '@actions/core';

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  /** Worth a look but not a problem: an annotation on the run, not only a log line. */
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

export const actionsLog: Log = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  notice: (message) => core.notice(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
};
