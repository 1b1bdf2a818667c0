// IP-address certificates (RFC 8738) end to end: the built action orders an `ip` identifier under a
// profile of the proxy in front of pebble, answers http-01 through the test host's webroot (never
// dns-01), and pebble validates it over HTTP at the address itself.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stringify } from 'yaml';
import { startAcmeProxy, type AcmeProxy } from '../support/acme-proxy.js';
import { assertSucceeded, runAction } from '../support/run-action.js';
import { startSshHosts, type TestHost, type TestNetwork } from '../support/ssh-host.js';
import { startCoreFixture, type CoreFixture } from './core-fixture.js';

const WEBROOT = '/var/www/acme';

let fx: CoreFixture;
let proxy: AcmeProxy;
let network: TestNetwork;
let host: TestHost;

const runnable = process.getuid?.() === 0;
before(async () => {
  if (!runnable) return;
  fx = await startCoreFixture({ httpPort: 80 });
  proxy = await startAcmeProxy(fx.pebble, { profiles: { classic: '', shortlived: 'IP addresses allowed' } });
  network = await startSshHosts(1, { httpWebroot: WEBROOT });
  [host] = network.hosts;
});
after(async () => {
  await network?.stop();
  await proxy?.stop();
  await fx?.stop();
});

describe('IP-address certificates', { skip: !runnable && 'needs root for test hosts' }, () => {
  it('orders the address as an ip identifier under the profile, validated by http-01 at the address', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    const state = fx.newStatePath();
    const orders = proxy.newOrders.length;
    const run = await runAction({
      inputs: {
        ...fx.inputs(state),
        ...network.actionInputs(),
        server: proxy.directoryUrl,
        domains: host.ip,
        profile: 'shortlived',
        challenge: 'http-01',
        'http-webroot': WEBROOT,
        hosts: stringify([{ host: host.ip, 'reload-command': host.reloadCommand }]),
        'remote-cert-path': host.certPath,
        'remote-key-path': host.keyPath,
      },
    });
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'issued');
    assert.match(run.log, new RegExp(`^${host.ip.replace(/\./g, '\\.')}: answering http-01$`, 'm'));
    assert.deepEqual(proxy.newOrders.slice(orders).map((order) => [order.identifiers, order.profile]), [[[{ type: 'ip', value: host.ip }], 'shortlived']]);
    const leaf = new X509Certificate(readFileSync(join(state, 'certificates', `${host.ip}.crt`)));
    assert.equal(leaf.subjectAltName, `IP Address:${host.ip}`);
    assert.equal(run.outputs.domains, host.ip);
    assert.deepEqual(fx.txtRecords(), [], 'no DNS record');
  });
});
