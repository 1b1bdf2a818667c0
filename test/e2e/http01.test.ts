// HTTP-01 end to end: the built action writes tokens into the test hosts' webroots over SSH, and the
// real pebble validates them over real HTTP against the hosts' real nginx (pebble resolves the names
// through challtestsrv, which points them at the hosts' addresses).
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as acme from 'acme-client';
import { stringify } from 'yaml';
import { createAcmeClient } from '../../src/acme/acme-session.js';
import { startAliDnsServer } from '../doubles/alidns-server.js';
import { runLego } from '../support/lego.js';
import { pointName } from '../support/pebble.js';
import { waitFor } from '../support/ports.js';
import { assertSucceeded, interrupt, runAction, runPostStep, startAction, type ActionRun } from '../support/run-action.js';
import { startSshHosts, type TestHost, type TestNetwork } from '../support/ssh-host.js';
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET, ZONES, startCoreFixture, type CoreFixture } from './core-fixture.js';

const WEBROOT = '/var/www/acme';
const EMAIL = 'ops@example.com';

let fx: CoreFixture;
let network: TestNetwork;
let host1: TestHost;
let host2: TestHost;
/** Its port-80 server redirects everything to HTTPS, the challenge path included. */
let redirecting: TestHost;

const runnable = process.getuid?.() === 0;
before(async () => {
  if (!runnable) return;
  fx = await startCoreFixture({ httpPort: 80 });
  network = await startSshHosts(3, { httpWebroot: WEBROOT, redirectHttp: ['host3'] });
  [host1, host2, redirecting] = network.hosts;
});
after(async () => {
  await network?.stop();
  await fx?.stop();
});

interface HostEntry {
  host: TestHost;
  deploy?: boolean;
  webroot?: string;
}

/** Inputs for `domains` on `hosts`: each host deploys to the files its nginx serves, and reloads it. */
function inputs(state: string, domains: string[], hosts: HostEntry[], extra: Record<string, string> = {}): Record<string, string> {
  const [first] = network.hosts;
  return {
    ...fx.inputs(state),
    ...network.actionInputs(),
    domains: domains.join(', '),
    challenge: 'http-01',
    'http-webroot': WEBROOT,
    hosts: stringify(
      hosts.map(({ host, deploy, webroot }) => ({
        host: host.ip,
        'reload-command': host.reloadCommand,
        ...(deploy === false ? { deploy: false } : {}),
        ...(webroot ? { webroot } : {}),
      })),
    ),
    'remote-cert-path': first.certPath,
    'remote-key-path': first.keyPath,
    'ssh-timeout': '10',
    ...extra,
  };
}

/** A run with no DNS provider credentials at all: HTTP-01 alone. */
const runWithoutDns = (runInputs: Record<string, string>) => runAction({ inputs: runInputs });

/** Every entry under the webroot with its mode: a run must leave it exactly as it found it. */
async function listing(host: TestHost, webroot = WEBROOT): Promise<string> {
  const result = await host.exec(`cd '${webroot}' && find . -printf '%p %m\\n' | sort`);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

/** Status codes of the requests for challenge tokens in the host's nginx log, by who asked. */
function tokenFetches(host: TestHost): { selfCheck: string[]; others: string[] } {
  const lines = host.accessLog().split('\n').filter((line) => line.includes('/.well-known/acme-challenge/'));
  const status = (line: string) => line.split(' ')[0];
  return {
    selfCheck: lines.filter((line) => line.endsWith('"acme-deploy-action self-check"')).map(status),
    others: lines.filter((line) => !line.endsWith('"acme-deploy-action self-check"')).map(status),
  };
}

/**
 * The status of the run's order and of each of its authorizations, read back from pebble with the
 * account the run saved: an authorization the CA tried to validate and could not is `invalid`.
 */
async function orderStatus(state: string, run: ActionRun): Promise<{ order: string; authorizations: string[] }> {
  const url = /Order (\S+) for /.exec(run.log)?.[1];
  assert.ok(url, 'the run placed an order');
  const accountDir = fx.accountDir(state);
  const client = createAcmeClient({
    directoryUrl: fx.pebble.directoryUrl,
    accountKeyPem: readFileSync(join(accountDir, 'keys', `${EMAIL}.key`), 'utf8'),
    accountUrl: JSON.parse(readFileSync(join(accountDir, 'account.json'), 'utf8')).registration.uri,
    caCertificates: [readFileSync(fx.pebble.caCertPath, 'utf8')],
    requestTimeoutMs: 30_000,
  });
  const order = await client.getOrder({ url } as acme.Order);
  const authorizations = await client.getAuthorizations(order);
  return { order: order.status, authorizations: authorizations.map((authz) => authz.status) };
}

const serial = (state: string, name: string) =>
  new X509Certificate(readFileSync(join(state, 'certificates', `${name}.crt`))).serialNumber;

describe('HTTP-01 through the hosts’ webroot', { skip: !runnable && 'needs root for test hosts' }, () => {
  it('writes the token on every host serving the name, shares one SSH connection with the deployment, and cleans up', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    await pointName(fx.pebble.challtestsrv, 'www.example.com', [host1.ip, host2.ip]);
    const before = { listings: [await listing(host1), await listing(host2)], logins: [host1.sshLogins(), host2.sshLogins()] };
    const state = fx.newStatePath();
    const runInputs = inputs(state, ['www.example.com'], [{ host: host1 }, { host: host2, deploy: false }]);
    const run = await runWithoutDns(runInputs);
    assertSucceeded(run);
    assert.equal(run.outputs.result, 'issued');
    assert.match(run.log, /www\.example\.com: answering http-01/);
    // Both hosts held the token and served it through nginx; pebble asked at least one of them.
    for (const host of [host1, host2]) assert.ok(tokenFetches(host).selfCheck.includes('200'), `${host.name} served the token`);
    assert.ok([host1, host2].some((host) => tokenFetches(host).others.includes('200')), 'pebble fetched the token from a host');
    // The challenge-only host took no files; the other one serves the new certificate.
    assert.deepEqual(JSON.parse(run.outputs['deployed-hosts']), [host1.label]);
    await host1.servesSerial(serial(state, 'www.example.com'));
    assert.deepEqual([await listing(host1), await listing(host2)], before.listings);
    assert.deepEqual([host1.sshLogins(), host2.sshLogins()], before.logins.map((count) => count + 1), 'one SSH login per host');
    // The run removed its tokens itself: its post step has nothing to do on the hosts.
    const post = await runPostStep({ inputs: runInputs }, run.state);
    assert.equal(post.exitCode, 0, post.log);
    assert.deepEqual([host1.sshLogins(), host2.sshLogins()], before.logins.map((count) => count + 1), 'no SSH login by the post step');
  });

  it('validates the apex by http-01 and the wildcard by dns-01 in one order', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    await pointName(fx.pebble.challtestsrv, 'example.com', [host1.ip]);
    const before = await listing(host1);
    const added = () => fx.dns.requests.filter((request) => request.Action === 'AddDomainRecord').length;
    const addedBefore = added();
    const run = await fx.run(inputs(fx.newStatePath(), ['example.com', '*.example.com'], [{ host: host1 }]));
    assertSucceeded(run);
    assert.match(run.log, /^example\.com: answering http-01$/m);
    assert.match(run.log, /^\*\.example\.com: answering dns-01$/m);
    assert.equal(added() - addedBefore, 1, 'one TXT record, for the wildcard');
    assert.deepEqual(fx.txtRecords(), []);
    assert.equal(await listing(host1), before);
  });

  it('stops before the CA validates when the host redirects the challenge to HTTPS, naming the host and the fix', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    await pointName(fx.pebble.challtestsrv, 'shop.example.com', [redirecting.ip]);
    const before = await listing(redirecting);
    const state = fx.newStatePath();
    const run = await runWithoutDns(inputs(state, ['shop.example.com'], [{ host: redirecting }]));
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, /HTTP-01 self-check failed, so the CA was not asked to validate/);
    assert.match(run.log, new RegExp(`${redirecting.label}: http://shop\\.example\\.com/\\.well-known/acme-challenge/\\S+ redirects \\(301\\) to https://`));
    assert.match(run.log, /location \^~ \/\.well-known\/acme-challenge\/ \{ root \/var\/www\/acme; default_type text\/plain; \}/);
    // No validation spent: the order and its authorization are still pending, not invalid.
    assert.deepEqual(await orderStatus(state, run), { order: 'pending', authorizations: ['pending'] });
    assert.equal(tokenFetches(redirecting).others.length, 0, 'pebble never asked the host');
    assert.equal(await listing(redirecting), before);
    assert.ok(!existsSync(join(state, 'certificates')));
  });

  it('refuses a webroot that does not exist, naming the host and the path, creating nothing', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    await pointName(fx.pebble.challtestsrv, 'www.example.com', [host1.ip]);
    const missing = '/var/www/absent-webroot-for-tests';
    const state = fx.newStatePath();
    const run = await runWithoutDns(inputs(state, ['www.example.com'], [{ host: host1, webroot: missing }]));
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, new RegExp(`${host1.label}: the webroot ${missing} does not exist`));
    assert.deepEqual(await orderStatus(state, run), { order: 'pending', authorizations: ['pending'] });
    assert.equal(await host1.exists(missing), false);
  });

  it('removes the tokens when the CA cannot validate the name', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    // The name leads pebble to host2, but only host1 is given: the self-check passes, pebble fails.
    await pointName(fx.pebble.challtestsrv, 'api.example.com', [host2.ip]);
    const before = [await listing(host1), await listing(host2)];
    const state = fx.newStatePath();
    const run = await runWithoutDns(inputs(state, ['api.example.com'], [{ host: host1 }]));
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, /The CA could not validate api\.example\.com by http-01/);
    assert.deepEqual(await orderStatus(state, run), { order: 'invalid', authorizations: ['invalid'] });
    assert.match(run.log, new RegExp(`${host1.label}: HTTP-01 tokens removed from ${WEBROOT}`));
    assert.deepEqual([await listing(host1), await listing(host2)], before);
  });

  it('SIGINT while the tokens are in place removes them and the TXT record, and fails within 5 s', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    await pointName(fx.pebble.challtestsrv, 'example.com', [host1.ip]);
    // The wildcard's TXT record reaches DNS only after a long time: the run sits in its propagation
    // wait with the apex's token already written and checked.
    const dns = await startAliDnsServer({
      accessKeys: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET },
      zones: ZONES,
      challtestsrv: { managementUrl: fx.pebble.challtestsrv.managementUrl },
      propagationDelayMs: 300_000,
    });
    try {
      const before = await listing(host1);
      const running = startAction({
        inputs: inputs(fx.newStatePath(), ['example.com', '*.example.com'], [{ host: host1 }], {
          'alidns-endpoint': dns.endpoint,
          'dns-propagation-timeout': '600',
          // An earlier test deployed a certificate for these names, which the run would adopt.
          'force-renew': 'true',
        }),
        env: fx.credentials,
        timeoutMs: 60_000,
      });
      await waitFor(() => /Waiting for .* TXT value/.test(running.log()), { timeoutMs: 60_000, what: 'the propagation wait' }).catch(
        (error: Error) => {
          throw new Error(`${error.message}; the run printed:\n${running.log()}`);
        },
      );
      assert.notEqual(await listing(host1), before, 'the token is in place');
      const { run, tookMs } = await interrupt(running);

      assert.notEqual(run.exitCode, 0);
      assert.ok(tookMs < 5000, `exited ${tookMs} ms after SIGINT`);
      assert.match(run.log, /cancelled \(SIGINT\)/);
      assert.equal(await listing(host1), before, 'no token or folder left in the webroot');
      assert.deepEqual(dns.records().filter((record) => record.Type === 'TXT'), [], 'no TXT record left');
    } finally {
      await dns.stop();
    }
  });

  it('after SIGKILL while the tokens are in place, the post step removes them and the folders made for them on every host', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    await pointName(fx.pebble.challtestsrv, 'example.com', [host1.ip, host2.ip]);
    // Held in the wildcard's propagation wait, as above, with the apex's token on both hosts.
    const dns = await startAliDnsServer({
      accessKeys: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET },
      zones: ZONES,
      challtestsrv: { managementUrl: fx.pebble.challtestsrv.managementUrl },
      propagationDelayMs: 300_000,
    });
    const hosts = [host1, host2];
    try {
      // Something of the user's beside the webroot's challenge folder, which the post step must not touch.
      for (const host of hosts) assert.equal((await host.exec(`mkdir -p '${WEBROOT}/.well-known/mine' && echo keep > '${WEBROOT}/keep.txt'`)).code, 0);
      const before = await Promise.all(hosts.map((host) => listing(host)));
      const options = {
        inputs: inputs(fx.newStatePath(), ['example.com', '*.example.com'], [{ host: host1 }, { host: host2, deploy: false }], {
          'alidns-endpoint': dns.endpoint,
          'dns-propagation-timeout': '600',
          'force-renew': 'true',
        }),
        env: fx.credentials,
        timeoutMs: 60_000,
      };
      const running = startAction(options);
      await waitFor(() => /Waiting for .* TXT value/.test(running.log()), { timeoutMs: 60_000, what: 'the propagation wait' }).catch(
        (error: Error) => {
          throw new Error(`${error.message}; the run printed:\n${running.log()}`);
        },
      );
      for (const host of hosts) {
        assert.match(await listing(host), /\.\/\.well-known\/acme-challenge\/\S+ 644/, `the token is on ${host.name}`);
      }
      running.kill('SIGKILL');
      const killed = await running.done;
      for (const host of hosts) assert.notEqual(await listing(host), before[hosts.indexOf(host)], 'a killed step cleans nothing up itself');

      const logins = hosts.map((host) => host.sshLogins());
      const post = await runPostStep(options, killed.state);
      assert.equal(post.exitCode, 0, post.log);
      assert.deepEqual(await Promise.all(hosts.map((host) => listing(host))), before, 'only the tokens and the folder made for them are gone');
      assert.deepEqual(dns.records().filter((record) => record.Type === 'TXT'), [], 'no TXT record left');
      assert.deepEqual(hosts.map((host) => host.sshLogins()), logins.map((count) => count + 1), 'one SSH login per host');
      const visible = post.log.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
      const keyLines = options.inputs['ssh-private-key'].trim().split('\n');
      for (const secret of [keyLines[Math.floor(keyLines.length / 2)], ACCESS_KEY_SECRET]) assert.ok(!visible.includes(secret), 'no secret in the log');
    } finally {
      await dns.stop();
      for (const host of hosts) await host.exec(`rm -rf '${WEBROOT}/.well-known' '${WEBROOT}/keep.txt'`);
    }
  });

  it('falls back to dns-01 with challenge auto when the host does not serve the token and DNS is configured', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    await pointName(fx.pebble.challtestsrv, 'shop.example.com', [redirecting.ip]);
    const before = await listing(redirecting);
    const run = await fx.run(inputs(fx.newStatePath(), ['shop.example.com'], [{ host: redirecting }], { challenge: 'auto' }));
    assertSucceeded(run);
    assert.match(run.log, /shop\.example\.com: HTTP-01 self-check failed \(.*redirects \(301\).*\); using dns-01 instead/);
    assert.match(run.log, /^shop\.example\.com: answering dns-01$/m);
    assert.deepEqual(fx.txtRecords(), []);
    assert.equal(await listing(redirecting), before);
  });

  it('refuses a wildcard with http-01 and no DNS provider before any network call', async () => {
    const logins = host1.sshLogins();
    const state = fx.newStatePath();
    const run = await runWithoutDns(inputs(state, ['example.com', '*.example.com'], [{ host: host1 }]));
    assert.notEqual(run.exitCode, 0);
    assert.match(run.log, /Input 'challenge': is http-01, but \*\.example\.com is a wildcard, which only dns-01 can validate/);
    assert.match(run.log, /ALICLOUD_ACCESS_KEY/);
    assert.ok(!existsSync(state), 'no account registered');
    assert.equal(host1.sshLogins(), logins, 'no SSH connection');
  });

  it('lego renews with --http.webroot from the state this action wrote, with the same account', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    await pointName(fx.pebble.challtestsrv, 'web.example.com', [host1.ip]);
    const state = fx.newStatePath();
    assertSucceeded(await runWithoutDns(inputs(state, ['web.example.com'], [{ host: host1, deploy: false }])));
    const account = () => JSON.parse(readFileSync(join(fx.accountDir(state), 'account.json'), 'utf8')).registration.uri;
    const uri = account();
    const first = serial(state, 'web.example.com');

    // lego runs on this machine but writes into host1's webroot, which pebble then fetches from host1's nginx.
    const lego = await runLego({
      pebble: fx.pebble,
      path: state,
      email: EMAIL,
      domains: ['web.example.com'],
      command: 'renew',
      httpWebroot: host1.localPath(WEBROOT),
    });
    assert.equal(lego.exitCode, 0, lego.output);
    assert.notEqual(serial(state, 'web.example.com'), first);
    assert.equal(account(), uri);
  });
});
