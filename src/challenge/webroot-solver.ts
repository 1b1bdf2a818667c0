// HTTP-01 through the hosts' web servers (lego's `--http.webroot`): each token is written to
// `<webroot>/.well-known/acme-challenge/<token>` on every host that has a webroot, since behind a
// load balancer the CA may ask any of them, and then fetched back from each host as the CA would.
import { posix } from 'node:path';
import type { SFTPWrapper } from 'ssh2';
import type { DeployTarget } from '../deploy/deploy-config.js';
import { replaceFiles, statRemote, type Replacement } from '../deploy/remote-files.js';
import type { SshSession } from '../deploy/ssh-session.js';
import type { SshSessions } from '../deploy/ssh-sessions.js';
import type { Log } from '../util/log.js';
import { mapPool } from '../util/map-pool.js';
import { CHALLENGE_PATH, checkServedToken } from './self-check.js';
import type { TokenEntry, TokenLedger } from './token-ledger.js';

export interface Http01Challenge {
  readonly domain: string;
  readonly token: string;
  readonly keyAuthorization: string;
}

export interface PlacedTokens {
  /** Why a name cannot be validated by http-01, per name; empty when every host serves every token. */
  readonly problems: ReadonlyMap<string, readonly string[]>;
  /** Removes every token file and every folder this run created; safe to call more than once. */
  cleanUp(): Promise<void>;
}

/** Places the tokens and checks them; never leaves a file behind when it throws. */
export type Http01Solver = (challenges: readonly Http01Challenge[]) => Promise<PlacedTokens>;

export interface WebrootOptions {
  readonly sessions: SshSessions;
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly log: Log;
  /** The run's stop: placing tokens stops, and what was placed is removed. */
  readonly signal?: AbortSignal;
  /** Where written tokens are listed until removed, for the post step should the run be killed. */
  readonly ledger?: TokenLedger;
}

/** Token files are public by nature: the CA, and anyone, fetches them over plain HTTP. */
const TOKEN_MODE = 0o644;

export function createWebrootSolver(hosts: readonly DeployTarget[], options: WebrootOptions): Http01Solver {
  return async (challenges) => {
    const placed: HostTokens[] = [];
    let cleaned: Promise<void> | undefined;
    const cleanUp = () => (cleaned ??= removeAll(placed, options.log));
    try {
      const problems = new Map<string, string[]>();
      const report = (domain: string, problem: string) => problems.set(domain, [...(problems.get(domain) ?? []), problem]);
      await mapPool(hosts, options.concurrency, async (host) => {
        const tokens = new HostTokens(host, options.sessions, options.ledger);
        placed.push(tokens);
        const failure = await tokens.place(challenges, options).then(
          () => undefined,
          (error: Error) => `${host.label}: ${error.message}`,
        );
        for (const challenge of challenges) {
          const problem = failure ?? (await tokens.check(challenge, options.timeoutMs));
          if (problem) report(challenge.domain, problem);
        }
      });
      return { problems, cleanUp };
    } catch (error) {
      await cleanUp();
      throw error;
    }
  };
}

class HostTokens {
  private session?: SshSession;
  private replacement?: Replacement;
  private listed?: TokenEntry;
  readonly webroot: string;

  constructor(
    readonly host: DeployTarget,
    private readonly sessions: SshSessions,
    private readonly ledger?: TokenLedger,
  ) {
    this.webroot = host.webroot!;
  }

  async place(challenges: readonly Http01Challenge[], { log, signal }: WebrootOptions): Promise<void> {
    this.session = await this.sessions.get(this.host);
    const sftp = await this.session.sftp();
    // The challenge folders are made when missing, the webroot never: a webroot that does not exist
    // is a wrong path, and nginx would not serve a folder made up here.
    const root = await statRemote(sftp, this.webroot);
    if (!root) throw new Error(`the webroot ${this.webroot} does not exist; set webroot to the folder the web server serves (nginx \`root\`)`);
    if (!root.isDirectory()) throw new Error(`the webroot ${this.webroot} is not a folder`);
    const paths = challenges.map((challenge) => this.tokenPath(challenge));
    if (this.ledger) this.listed = this.ledger.writing({ host: this.host.label, paths, dirs: await missingDirs(sftp, posix.dirname(paths[0])) });
    this.replacement = await replaceFiles(
      sftp,
      challenges.map((challenge, index) => ({ path: paths[index], data: Buffer.from(challenge.keyAuthorization), mode: TOKEN_MODE })),
      undefined,
      { ...(signal ? { signal } : {}), reconnect: () => this.reconnect() },
    ).catch((error: Error) => {
      // Written and undone; unless the undo failed too (AggregateError), nothing is left to list.
      if (!(error instanceof AggregateError)) this.unlist();
      throw error;
    });
    log.info(`${this.host.label}: HTTP-01 token${challenges.length > 1 ? 's' : ''} written under ${this.webroot}${CHALLENGE_PATH}`);
  }

  check(challenge: Http01Challenge, timeoutMs: number): Promise<string | undefined> {
    const session = this.session!;
    return checkServedToken({
      host: this.host.label,
      name: challenge.domain,
      token: challenge.token,
      keyAuthorization: challenge.keyAuthorization,
      webroot: this.webroot,
      dial: () => session.openTcp(80),
      timeoutMs,
    });
  }

  /** Puts the webroot back as it was: tokens gone, folders this run created gone. */
  async remove(): Promise<void> {
    await this.replacement?.restore();
    this.unlist();
  }

  private unlist(): void {
    if (this.listed) this.ledger?.removed(this.listed);
    this.listed = undefined;
  }

  /** When the connection the tokens were written on is gone (dropped, or closed by a stop), a new one removes them. */
  private async reconnect() {
    return (await this.sessions.get(this.host)).sftp();
  }

  private tokenPath(challenge: Http01Challenge): string {
    return posix.join(this.webroot, CHALLENGE_PATH, challenge.token);
  }
}

async function removeAll(placed: readonly HostTokens[], log: Log): Promise<void> {
  const results = await Promise.allSettled(placed.map((tokens) => tokens.remove()));
  results.forEach((result, index) => {
    const { host, webroot } = placed[index];
    if (result.status === 'fulfilled') {
      log.info(`${host.label}: HTTP-01 tokens removed from ${webroot}${CHALLENGE_PATH}`);
    } else {
      log.warning(
        `${host.label}: could not remove this run's HTTP-01 tokens under ${webroot}${CHALLENGE_PATH}: ` +
          `${(result.reason as Error).message}; the action's post step tries again, else delete them by hand`,
      );
    }
  });
}

/** `dir` and its parents that do not exist yet, which writing into `dir` creates (the webroot exists). */
async function missingDirs(sftp: SFTPWrapper, dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let current = dir; current !== '/' && !(await statRemote(sftp, current)); current = posix.dirname(current)) missing.push(current);
  return missing;
}
