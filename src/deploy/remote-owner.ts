// `remote-owner` names users and groups as the host knows them; SFTP's chown takes numbers. The
// names are looked up on the host itself, since ids differ from machine to machine.
import type { ExecResult } from './ssh-session.js';
import { shellQuote } from './ssh-session.js';

export interface RemoteOwner {
  uid: number;
  /** Absent for `user` alone: the group stays whatever the new file got, as with `chown user`. */
  gid?: number;
  /** The `remote-owner` text, for messages. */
  spec: string;
}

type Run = (command: string) => Promise<ExecResult>;

export async function resolveOwner(spec: string, run: Run): Promise<RemoteOwner> {
  const [user, group] = spec.split(':');
  const uid = await lookUp(user, `id -u ${shellQuote(user)}`, (out) => out.trim(), run, 'user');
  if (group === undefined) return { uid, spec };
  // getent prints `name:password:gid:members`.
  const gid = await lookUp(group, `getent group ${shellQuote(group)}`, (out) => out.split(':')[2] ?? '', run, 'group');
  return { uid, gid, spec };
}

async function lookUp(name: string, command: string, pick: (stdout: string) => string, run: Run, what: string): Promise<number> {
  if (/^\d+$/.test(name)) return Number(name);
  const result = await run(command);
  const id = pick(result.stdout);
  if (result.code !== 0 || !/^\d+$/.test(id)) {
    const detail = result.stderr.trim().split('\n').pop();
    throw new Error(`remote-owner: ${what} '${name}' does not exist on the host${detail ? ` (${detail})` : ''}`);
  }
  return Number(id);
}
