// pebble-challtestsrv's management calls the DNS doubles and delegation tests share.
import { postJson } from './pebble.js';

/** Makes challtestsrv serve exactly `values` as the TXT record of `fqdn` (clear-txt drops all of a name). */
export async function mirrorTxt(managementUrl: string, fqdn: string, values: readonly string[]): Promise<void> {
  const host = `${fqdn.replace(/\.$/, '')}.`;
  await postJson(`${managementUrl}/clear-txt`, { host });
  for (const value of values) await postJson(`${managementUrl}/set-txt`, { host, value });
}

/** `name CNAME target`; challtestsrv follows it when answering TXT queries, as a recursive resolver does. */
export async function setCname(managementUrl: string, name: string, target: string): Promise<void> {
  await postJson(`${managementUrl}/set-cname`, { host: `${name.replace(/\.$/, '')}.`, target: `${target.replace(/\.$/, '')}.` });
}

export async function clearCname(managementUrl: string, name: string): Promise<void> {
  await postJson(`${managementUrl}/clear-cname`, { host: `${name.replace(/\.$/, '')}.` });
}
