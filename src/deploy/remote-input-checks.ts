// Checks for values that end up on the remote host's command line or file system, shared by the
// step-wide inputs and the per-host keys of `hosts`.
import { normaliseDomain } from '../config/domains.js';
import { InputError } from '../config/input-helper.js';

/** Stands for the certificate name in remote paths; see resolveRemotePath. */
export const NAME_PLACEHOLDER = '<name>';

// POSIX portable user names (plus a trailing `$` for Samba machine accounts); never a leading `-`,
// which ssh or chown would read as an option.
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}\$?$/;

export function isUserName(user: string): boolean {
  return USER.test(user);
}

export function checkUser(user: string, input: string, what: string): void {
  if (!isUserName(user)) {
    throw new InputError(input, `${what} '${user}' is not a valid user name`, 'Use letters, digits, `.`, `_` and `-`.');
  }
}

export function checkRemotePath(path: string, input: string, what: string): string {
  const fix =
    'Give an absolute path such as /etc/ssl/acme/<name>/fullchain.pem (`<name>` is replaced by the certificate name).';
  if (/[\n\r\0]/.test(path)) {
    throw new InputError(input, `${what} contains a line break or NUL character`, fix);
  }
  if (path === '') throw new InputError(input, `${what} is empty`, fix);
  if (!path.startsWith('/')) throw new InputError(input, `${what} '${path}' is not absolute`, fix);
  if (path.endsWith('/')) throw new InputError(input, `${what} '${path}' names a folder, not a file`, fix);
  const placeholder = /<[^<>/]*>/.exec(path.split(NAME_PLACEHOLDER).join(''));
  if (placeholder) {
    throw new InputError(
      input,
      `${what} '${path}' has '${placeholder[0]}', which is not replaced`,
      `Only ${NAME_PLACEHOLDER} is replaced. ${fix}`,
    );
  }
  return path;
}

/** An absolute folder, without its trailing slash. */
export function checkRemoteFolder(path: string, input: string, what: string): string {
  const fix = 'Give the absolute folder the web server serves, e.g. /var/www/html (nginx `root`).';
  if (/[\n\r\0]/.test(path)) throw new InputError(input, `${what} contains a line break or NUL character`, fix);
  if (!path.startsWith('/')) throw new InputError(input, `${what} '${path}' is not absolute`, fix);
  if (path.split('/').includes('..')) throw new InputError(input, `${what} '${path}' contains '..'`, fix);
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
}

export function readCommand(value: string, input: string, what: string | undefined): string | undefined {
  const command = value.trim();
  if (command === '') return undefined;
  if (command.includes('\0')) {
    throw new InputError(input, `${what ?? 'the command'} contains a NUL character`, 'Remove it.');
  }
  return command;
}

/** A name to send as SNI: one host name, never a wildcard, which no client sends. */
export function checkVerifyName(value: string, input: string, what: string): string {
  if (value.startsWith('*')) {
    throw new InputError(input, `${what} '${value}' is a wildcard`, 'Give a name the host serves under it, e.g. www.example.com for *.example.com.');
  }
  return normaliseDomain(value, input);
}
