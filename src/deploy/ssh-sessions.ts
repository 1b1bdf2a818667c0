// One SSH connection per host per run: the HTTP-01 challenges, the adoption check and the deployment
// share it, so a host sees one login and one host key check however many steps touch it.
import type { Log } from '../util/log.js';
import { SshSession, warnIfInsecure, type SessionConfig } from './ssh-session.js';
import type { SshEndpoint } from './ssh-endpoint.js';

export class SshSessions {
  private readonly sessions = new Map<string, Promise<SshSession>>();

  /** With `signal` (the run's stop), requests still unanswered shortly after a stop count as timed out. */
  constructor(
    private readonly config: SessionConfig,
    private readonly log: Log,
    private readonly signal?: AbortSignal,
  ) {}

  /** The open session to `target`, connecting on first use or when the connection has dropped since. */
  async get(target: SshEndpoint): Promise<SshSession> {
    warnIfInsecure(this.config.hostKeys, this.log);
    const key = target.label.toLowerCase();
    const known = this.sessions.get(key);
    if (known) {
      const session = await known.catch(() => undefined);
      if (session?.isOpen) return session;
    }
    const opening = SshSession.open(target, this.config, this.log, this.signal);
    this.sessions.set(key, opening);
    // A failed connection is tried again by the next step that needs the host.
    opening.catch(() => this.sessions.get(key) === opening && this.sessions.delete(key));
    return opening;
  }

  async closeAll(): Promise<void> {
    const sessions = await Promise.allSettled(this.sessions.values());
    this.sessions.clear();
    for (const result of sessions) if (result.status === 'fulfilled') result.value.close();
  }
}
