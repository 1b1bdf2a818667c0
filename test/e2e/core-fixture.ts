// One pebble + challtestsrv + AliDNS double for a test file, and the inputs that point the built
// action at them. Each test gets its own state folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAliDnsServer } from '../doubles/alidns-server.js';
import { startPebble, type Pebble, type PebbleOptions } from '../support/pebble.js';
import { runAction, type ActionRun } from '../support/run-action.js';

export const ACCESS_KEY_ID = 'LTAI5tTestKeyId0001';
export const ACCESS_KEY_SECRET = 'test-secret-Zq9xV3mP7wK2';
export const ZONES = ['example.com', 'example.co.uk', '例子.中国', 'other.org'];

export interface CoreFixture {
  pebble: Pebble;
  dns: Awaited<ReturnType<typeof startAliDnsServer>>;
  /** lego's account folder for ops@example.com at this pebble, under a state folder. */
  accountDir(statePath: string): string;
  /**
   * `ca-certificates` as a user of this CA gives it: the CA of pebble's HTTPS and pebble's issuing
   * root, which certificates found on the hosts must chain to.
   */
  caCertificates: string;
  /** A fresh, not yet existing state folder. */
  newStatePath(): string;
  inputs(statePath: string, extra?: Record<string, string>): Record<string, string>;
  credentials: Record<string, string>;
  run(inputs: Record<string, string>, env?: Record<string, string | undefined>): Promise<ActionRun>;
  txtRecords(): Array<{ RR: string; DomainName: string; Value: string }>;
  stop(): Promise<void>;
}

export interface CoreFixtureOptions extends PebbleOptions {
  /** How long after an AliDNS API change the DNS servers serve it (see the double). */
  dnsPublishDelayMs?: number;
}

export async function startCoreFixture(options: CoreFixtureOptions = {}): Promise<CoreFixture> {
  const pebble = await startPebble(options);
  const dns = await startAliDnsServer({
    propagationDelayMs: options.dnsPublishDelayMs,
    accessKeys: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET },
    zones: ZONES,
    challtestsrv: { managementUrl: pebble.challtestsrv.managementUrl },
  });
  const scratch = mkdtempSync(join(tmpdir(), 'core-e2e-'));
  const rootPath = join(scratch, 'pebble-root.pem');
  writeFileSync(rootPath, await pebble.rootCertificatePem());
  const caCertificates = `${pebble.caCertPath}\n${rootPath}`;
  let count = 0;
  const credentials = { ALICLOUD_ACCESS_KEY: ACCESS_KEY_ID, ALICLOUD_SECRET_KEY: ACCESS_KEY_SECRET };
  return {
    pebble,
    dns,
    credentials,
    caCertificates,
    accountDir: (statePath) =>
      join(statePath, 'accounts', new URL(pebble.directoryUrl).host.replace(':', '_'), 'ops@example.com'),
    newStatePath: () => join(scratch, `state-${++count}`),
    inputs: (statePath, extra = {}) => ({
      domains: 'example.com, *.example.com',
      email: 'ops@example.com',
      'accept-tos': 'true',
      server: pebble.directoryUrl,
      'ca-certificates': caCertificates,
      'dns-resolvers': pebble.challtestsrv.dnsAddress,
      'dns-propagation-timeout': '30',
      'alidns-endpoint': dns.endpoint,
      path: statePath,
      cache: 'false',
      ...extra,
    }),
    run: (inputs, env = {}) => runAction({ inputs, env: { ...credentials, ...env } }),
    txtRecords: () => dns.records().filter((record) => record.Type === 'TXT'),
    stop: async () => {
      await dns.stop();
      await pebble.stop();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
