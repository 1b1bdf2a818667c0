// Alibaba Cloud credentials come from environment variables, never from inputs, so they can be
// mapped from repository secrets and never echoed in the workflow file. Both lego's names and
// Alibaba's own SDK names are accepted, so existing lego setups and Alibaba docs both work.
import { InputError } from '../config/input-helper.js';

export interface AliCloudCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** Present only for STS (temporary) credentials. */
  readonly securityToken?: string;
}

/** Environment variable names, lego's first; errors name them so users know what to set. */
const CREDENTIAL_VARIABLES = {
  accessKeyId: ['ALICLOUD_ACCESS_KEY', 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
  accessKeySecret: ['ALICLOUD_SECRET_KEY', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'],
  securityToken: ['ALICLOUD_SECURITY_TOKEN', 'ALIBABA_CLOUD_SECURITY_TOKEN'],
} as const;

export function credentialVariables(part: keyof typeof CREDENTIAL_VARIABLES): string {
  return CREDENTIAL_VARIABLES[part].join(' / ');
}

/** Who needs the credentials: the input that asks for them and the service named in the error. */
export interface CredentialsUser {
  readonly input: string;
  readonly service: string;
}

const DNS_USER: CredentialsUser = { input: 'dns', service: 'AliDNS' };

export function readAliCloudCredentials(env: NodeJS.ProcessEnv, user: CredentialsUser = DNS_USER): AliCloudCredentials {
  const accessKeyId = firstSet(env, CREDENTIAL_VARIABLES.accessKeyId);
  const accessKeySecret = firstSet(env, CREDENTIAL_VARIABLES.accessKeySecret);
  const securityToken = firstSet(env, CREDENTIAL_VARIABLES.securityToken);
  const missing = [
    accessKeyId ? undefined : credentialVariables('accessKeyId'),
    accessKeySecret ? undefined : credentialVariables('accessKeySecret'),
  ].filter((name) => name !== undefined);
  if (!accessKeyId || !accessKeySecret) {
    throw new InputError(
      user.input,
      `${user.service} needs an AccessKey pair in the environment, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`,
      'Map them from repository secrets in the step, e.g. `env: { ALICLOUD_ACCESS_KEY: ${{ secrets.ALICLOUD_ACCESS_KEY }}, ' +
        'ALICLOUD_SECRET_KEY: ${{ secrets.ALICLOUD_SECRET_KEY }} }` (add ALICLOUD_SECURITY_TOKEN for STS credentials).',
    );
  }
  return securityToken ? { accessKeyId, accessKeySecret, securityToken } : { accessKeyId, accessKeySecret };
}

/** True when any part of a key pair is set: a half-given pair is then reported by readAliCloudCredentials. */
export function hasAliCloudCredentials(env: NodeJS.ProcessEnv): boolean {
  return [...CREDENTIAL_VARIABLES.accessKeyId, ...CREDENTIAL_VARIABLES.accessKeySecret].some((name) => env[name]?.trim());
}

function firstSet(env: NodeJS.ProcessEnv, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}
