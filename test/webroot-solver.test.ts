// HTTP-01 tokens in the hosts' webroots, against real sshd + nginx hosts: where the files go, with
// which modes, that each host serves them (the self-check), and that nothing is left behind.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TokenLedger, type TokenEntry } from '../src/challenge/token-ledger.js';
import { createWebrootSolver, type Http01Challenge } from '../src/challenge/webroot-solver.js';
import { SshSessions } from '../src/deploy/ssh-sessions.js';
import { deployConfigFor } from './support/deploy-fixtures.js';
import { memoryLog } from './support/memory-log.js';
import { freePort } from './support/ports.js';
import { startSshHosts, type TestHost, type TestNetwork } from './support/ssh-host.js';

const WEBROOT = '/var/www/acme';
const CHALLENGES: Http01Challenge[] = [
  { domain: 'example.com', token: 'tokenApex_-1', keyAuthorization: 'tokenApex_-1.thumbprint' },
  { domain: 'www.example.com', token: 'tokenWww_-2', keyAuthorization: 'tokenWww_-2.thumbprint' },
];

let network: TestNetwork;
before(async () => {
  network = await startSshHosts(2, { httpWebroot: WEBROOT, redirectHttp: ['host2'] });
});
after(async () => {
  await network?.stop();
});

/** Places CHALLENGES on `hosts` with `webroot`, hands the outcome to `inspect`, then cleans up. */
async function withTokens(
  hosts: readonly TestHost[],
  webroot: string,
  inspect: (problems: ReadonlyMap<string, readonly string[]>, sessions: SshSessions) => Promise<void>,
): Promise<void> {
  const config = await deployConfigFor(network, { hosts, inputs: { 'http-webroot': webroot } });
  const log = memoryLog();
  const sessions = new SshSessions(config, log);
  try {
    const placed = await createWebrootSolver(config.targets, { sessions, concurrency: 4, timeoutMs: 10_000, log })(CHALLENGES);
    try {
      await inspect(placed.problems, sessions);
    } finally {
      await placed.cleanUp();
    }
  } finally {
    await sessions.closeAll();
  }
}

/** Every entry under the webroot, with its mode: what a run must leave exactly as it found it. */
async function listing(host: TestHost, webroot = WEBROOT): Promise<string> {
  const result = await host.exec(`cd '${webroot}' && find . -printf '%p %m\\n' | sort`);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

describe('HTTP-01 tokens in the webroot', { skip: process.getuid?.() !== 0 && 'needs root for test hosts' }, () => {
  it('writes every token 0644 in folders made 0755, served by nginx, and removes files and folders afterwards', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    const [host1] = network.hosts;
    const before = await listing(host1);
    await withTokens([host1], WEBROOT, async (problems) => {
      assert.deepEqual([...problems], []);
      assert.equal((await host1.stat(`${WEBROOT}/.well-known`)).mode, 0o755);
      assert.equal((await host1.stat(`${WEBROOT}/.well-known/acme-challenge`)).mode, 0o755);
      for (const { token, keyAuthorization } of CHALLENGES) {
        const path = `${WEBROOT}/.well-known/acme-challenge/${token}`;
        assert.equal((await host1.stat(path)).mode, 0o644);
        assert.equal((await host1.readFile(path)).toString(), keyAuthorization);
        // The self-check fetched it through nginx, as the CA will.
        assert.match(host1.accessLog(), new RegExp(`^200 "GET /.well-known/acme-challenge/${token} HTTP/1.1" "acme-deploy-action self-check"$`, 'm'));
      }
    });
    assert.equal(await listing(host1), before);
  });

  it('leaves a challenge folder that was already there, and what it held', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    const [host1] = network.hosts;
    await host1.writeFile(`${WEBROOT}/.well-known/acme-challenge/keep.txt`, 'theirs\n', 0o644);
    try {
      const before = await listing(host1);
      await withTokens([host1], WEBROOT, async (problems) => assert.deepEqual([...problems], []));
      assert.equal(await listing(host1), before);
    } finally {
      await host1.exec(`rm -rf '${WEBROOT}/.well-known'`);
    }
  });

  it('removes the tokens even when the connection was closed before the cleanup (as a cancellation may)', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    const [host1] = network.hosts;
    const before = await listing(host1);
    let closedAt = 0;
    await withTokens([host1], WEBROOT, async (problems, sessions) => {
      assert.deepEqual([...problems], []);
      await sessions.closeAll();
      closedAt = performance.now();
    });
    assert.equal(await listing(host1), before);
    // At once over a new connection: ssh2 drops a request on a closed channel silently, and the
    // cleanup used to wait out the whole ssh-timeout (10 s here) before reconnecting.
    const tookMs = performance.now() - closedAt;
    assert.ok(tookMs < 5000, `the cleanup took ${Math.round(tookMs)} ms`);
  });

  it('names the host, the URL and the nginx fix when the host redirects the challenge path to HTTPS', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    const host2 = network.hosts[1];
    const before = await listing(host2);
    await withTokens([host2], WEBROOT, async (problems) => {
      assert.deepEqual([...problems.keys()], ['example.com', 'www.example.com']);
      const [problem] = problems.get('example.com')!;
      assert.match(problem, new RegExp(`^${host2.label.replace(/\./g, '\\.')}: `));
      assert.match(problem, /http:\/\/example\.com\/\.well-known\/acme-challenge\/tokenApex_-1 redirects \(301\) to https:\/\/example\.com\//);
      assert.match(problem, /location \^~ \/\.well-known\/acme-challenge\/ \{ root \/var\/www\/acme; default_type text\/plain; \}/);
    });
    assert.equal(await listing(host2), before);
  });

  it('says the web server does not serve the folder when the webroot is not nginx’s root', async (t) => {
    if (network.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    const [host1] = network.hosts;
    const other = host1.acmeDir;
    const before = await listing(host1, other);
    await withTokens([host1], other, async (problems) => {
      const [problem] = problems.get('www.example.com')!;
      assert.match(problem, /answered status 404, not the token written to \/etc\/ssl\/acme\/\.well-known\/acme-challenge\/tokenWww_-2/);
      assert.match(problem, /or set webroot to the folder it serves/);
    });
    assert.equal(await listing(host1, other), before);
  });

  it('refuses a webroot that does not exist, creating nothing', async () => {
    const [host1] = network.hosts;
    const missing = '/var/www/absent-webroot-for-tests';
    await withTokens([host1], missing, async (problems) => {
      assert.match(problems.get('example.com')![0], /the webroot \/var\/www\/absent-webroot-for-tests does not exist/);
    });
    assert.equal(await host1.exists(missing), false);
  });

  it('lists the tokens and the folders it makes while they are in place; from that list alone they are removed, and a host that cannot be reached is named', async () => {
    const hosts = network.hosts;
    const before = await Promise.all(hosts.map((host) => listing(host)));
    const config = await deployConfigFor(network, { hosts, inputs: { 'http-webroot': WEBROOT } });
    const saved: TokenEntry[][] = [];
    const ledger = new TokenLedger((entries) => saved.push(structuredClone([...entries])));
    const log = memoryLog();
    const sessions = new SshSessions(config, log);
    try {
      const placed = await createWebrootSolver(config.targets, { sessions, concurrency: 4, timeoutMs: 10_000, log, ledger })(CHALLENGES);
      const listed = saved.at(-1)!;
      assert.deepEqual(
        listed.map((entry) => entry.host).sort(),
        config.targets.map((target) => target.label).sort(),
      );
      for (const entry of listed) {
        assert.deepEqual(entry.paths, CHALLENGES.map(({ token }) => `${WEBROOT}/.well-known/acme-challenge/${token}`));
        assert.deepEqual(entry.dirs, [`${WEBROOT}/.well-known/acme-challenge`, `${WEBROOT}/.well-known`]);
      }

      // The post step's view: the list as persisted, plus a host that refuses connections.
      const port = await freePort();
      const refusing = { ...config.targets[0], host: '127.0.0.1', port, label: `127.0.0.1:${port}` };
      const leftover = new TokenLedger(undefined, [...listed, { host: refusing.label, paths: [`${WEBROOT}/.well-known/acme-challenge/x`], dirs: [] }]);
      const postLog = memoryLog();
      await leftover.removeAll({ ...config, targets: [...config.targets, refusing] }, postLog);
      assert.deepEqual(await Promise.all(hosts.map((host) => listing(host))), before);
      assert.equal(leftover.size, 1, 'the host not reached stays listed');
      assert.match(postLog.text(), new RegExp(`127\\.0\\.0\\.1:${port}: could not remove the HTTP-01 token\\(s\\) ${WEBROOT}/\\.well-known/acme-challenge/x: .*delete them by hand`));

      await placed.cleanUp();
      assert.equal(saved.at(-1)!.length, 0, 'removed tokens leave the list');
      assert.deepEqual(await Promise.all(hosts.map((host) => listing(host))), before);
    } finally {
      await sessions.closeAll();
    }
  });
});

describe('HTTP-01 tokens on hosts behind a jump host', { skip: process.getuid?.() !== 0 && 'needs root for test hosts' }, () => {
  let hidden: TestNetwork;
  before(async () => {
    hidden = await startSshHosts(1, { jumpHost: true, targetsBehindJump: true, httpWebroot: WEBROOT });
  });
  after(async () => {
    await hidden?.stop();
  });

  it('writes and self-checks the token through the jump host, from where the connection starts', async (t) => {
    if (hidden.isolation !== 'namespaces') return t.skip('needs a port 80 per host');
    const [host] = hidden.hosts;
    assert.equal(host.reachable, false);
    const config = await deployConfigFor(hidden, { inputs: { 'http-webroot': WEBROOT } });
    const log = memoryLog();
    const sessions = new SshSessions(config, log);
    try {
      const placed = await createWebrootSolver(config.targets, { sessions, concurrency: 1, timeoutMs: 10_000, log })(CHALLENGES);
      assert.deepEqual([...placed.problems], []);
      await placed.cleanUp();
    } finally {
      await sessions.closeAll();
    }
    assert.match(host.accessLog(), /^200 "GET \/.well-known\/acme-challenge\/tokenApex_-1 HTTP\/1.1" "acme-deploy-action self-check"$/m);
    assert.equal(await host.exists(`${WEBROOT}/.well-known`), false);
  });

});
