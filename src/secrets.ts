// Registers every secret with the runner before anything is parsed or logged, so even an error
// message that quotes an input cannot reveal one.
import * as core from '@actions/core';
import type { InputSource } from './config/input-helper.js';
import { notifySecrets } from './notify/notify-config.js';
import { secretVariableNames } from './dns/providers/definition.js';
import { PROVIDERS } from './dns/providers/registry.js';

export const SECRET_INPUTS = ['ssh-private-key', 'ssh-passphrase', 'state-passphrase', 'account-key', 'eab-hmac-key', 'github-token'];
// Every provider's, not only the selected ones': the selection itself is an input not yet checked.
// Key IDs too: lego's users keep the pair as one secret, and the ID names the account.
const SECRET_VARIABLES = PROVIDERS.flatMap(secretVariableNames);

export function maskSecrets(src: InputSource, env: NodeJS.ProcessEnv): void {
  const values = [
    ...SECRET_INPUTS.map((name) => src(name)),
    ...SECRET_VARIABLES.map((name) => env[name] ?? ''),
    ...notifySecrets(src('notify')),
  ];
  for (const value of values) {
    // The runner masks line by line, so a PEM key must be registered one line at a time.
    for (const line of value.split(/\r?\n/)) {
      if (line.trim().length >= 4 && !line.startsWith('-----')) core.setSecret(line.trim());
    }
  }
}
