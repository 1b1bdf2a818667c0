// The state folder's life across runs: restored from the cache at the start, saved whenever it
// changed — before any host is touched and again at the very end, whatever happened in between.
import type { AcmeConfig } from '../acme/acme-config.js';
import type { Config } from '../config/config.js';
import type { Log } from '../util/log.js';
import { cacheScope, restoreState, saveState, stateDigest } from './state-cache.js';

export interface StateCache {
  /** Saves the state folder when it changed since the last restore or save; safe to call again. */
  save(): Promise<void>;
}

export async function openStateCache(config: Config, env: NodeJS.ProcessEnv, log: Log): Promise<StateCache> {
  const { cache, statePath, acme } = config;
  if (!cache.enabled) {
    log.info(`State cache disabled: the state lives only in ${statePath}.`);
    return { save: async () => {} };
  }
  const scope = stateScope(acme);
  const { hit, reseal } = await restoreState(cache, statePath, scope, log, { token: config.githubToken, env });
  // On a miss, whatever the folder already holds (a lego folder being imported, a self-hosted
  // runner's own) is worth saving as it is; after a restore with an older passphrase, the state is
  // sealed again with the current one, so that the old one can be dropped after this run.
  let digest = hit && !reseal ? stateDigest(statePath) : undefined;
  return {
    save: async () => {
      if (config.dryRun) return;
      const outcome = await saveState(cache, statePath, scope, log, {
        runId: env.GITHUB_RUN_ID || String(Date.now()),
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        previousDigest: digest,
      });
      if (outcome === 'saved' || outcome === 'exists') digest = stateDigest(statePath);
    },
  };
}

/**
 * Which state an entry holds: the CA, the account, every requested name (two steps whose first
 * names match must not restore each other's state and reissue on every run), and where the key
 * comes from. A CSR counts by its kind only: a CSR for a new key must find the state it replaces.
 */
function stateScope(acme: AcmeConfig): string {
  const keySource = acme.csrPem ? 'csr' : `key-type:${acme.keyType}`;
  return cacheScope([acme.directoryUrl, acme.email, acme.certificateName, ...[...acme.domains].sort(), keySource]);
}
