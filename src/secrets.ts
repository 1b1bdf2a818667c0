// Registers every secret with the runner before anything is parsed or logged, so even an error
// message that quotes an input cannot reveal one.
import * as core from '@actions/core';
import type { InputSource } from './config/input-helper.js';
import { notifySecrets } from './notify/notify-config.js';

export const SECRET_INPUTS = ['ssh-private-key', 'ssh-passphrase', 'state-passphrase', 'account-key', 'eab-hmac-key', 'github-token'];
// The AccessKey ID too: lego's users keep the pair as one secret, and the ID names the account.
const SECRET_VARIABLES = [
  'ALICLOUD_ACCESS_KEY',
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALICLOUD_SECRET_KEY',
  'ALICLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
];

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
