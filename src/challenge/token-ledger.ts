// The HTTP-01 token files this run wrote into the hosts' webroots, written down before each write,
// so that the post step can remove them after the main step was killed before its own clean-up.
import type { DeployConfig } from '../deploy/deploy-config.js';
import { Ledger, type Persist } from '../lifecycle/ledger.js';
import type { Log } from '../util/log.js';
import { mapPool } from '../util/map-pool.js';

export interface TokenEntry {
  /** The host's label, as in `hosts`. */
  readonly host: string;
  /** Absolute paths of the token files. */
  readonly paths: readonly string[];
  /** Folders the run creates for them, which go again when left empty. */
  readonly dirs: readonly string[];
}

export class TokenLedger extends Ledger<TokenEntry> {
  /** `persist` is told the entries after every change; `listed` is what it was told last (for the post step). */
  constructor(persist: Persist<TokenEntry> = () => {}, listed: unknown = []) {
    super(persist, listed, isEntry);
  }

  /** Call before writing the files. */
  writing(entry: TokenEntry): TokenEntry {
    return this.add({ ...entry });
  }

  removed(entry: TokenEntry): void {
    this.drop(entry);
  }

  /**
   * Removes every listed file over a new connection to its host (each bounded by ssh-timeout); a
   * host that cannot be reached or cleaned is named in a warning and stays listed.
   */
  async removeAll(deploy: DeployConfig, log: Log): Promise<void> {
    // Every run keeps this ledger; only one with files left to remove needs the SSH code.
    if (this.size === 0) return;
    const [{ removeNewFiles }, { SshSessions }] = await Promise.all([import('../deploy/remote-files.js'), import('../deploy/ssh-sessions.js')]);
    const sessions = new SshSessions(deploy, log);
    try {
      await mapPool(this.listed, deploy.concurrency, async (entry) => {
        try {
          const target = deploy.targets.find((candidate) => candidate.label.toLowerCase() === entry.host.toLowerCase());
          if (!target) throw new Error('the host is no longer in hosts');
          await removeNewFiles(await (await sessions.get(target)).sftp(), entry.paths, entry.dirs);
          this.drop(entry);
          log.info(`${entry.host}: removed the HTTP-01 token${entry.paths.length > 1 ? 's' : ''} ${entry.paths.join(', ')}`);
        } catch (error) {
          log.warning(`${entry.host}: could not remove the HTTP-01 token(s) ${entry.paths.join(', ')}: ${(error as Error).message}; delete them by hand`);
        }
      });
    } finally {
      await sessions.closeAll();
    }
  }
}

function isEntry(value: unknown): value is TokenEntry {
  const entry = value as Partial<TokenEntry> | null;
  const paths = (list: unknown) => Array.isArray(list) && list.every((path) => typeof path === 'string' && path.startsWith('/'));
  return Boolean(entry && typeof entry.host === 'string' && paths(entry.paths) && paths(entry.dirs));
}
