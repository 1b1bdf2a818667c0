// A scheduled run with github-token keeps its workflow enabled through GitHub's enable-workflow call,
// so the 60-day inactivity rule cannot silence the expiry watch. Through dist/, against a stand-in
// of that endpoint, in a watch-only run (no CA needed).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startGitHubApi, type GitHubApi } from '../doubles/github-api.js';
import { startTestCa, type TestCa } from '../support/deploy-fixtures.js';
import { runAction } from '../support/run-action.js';
import { startTlsServer, type TlsEndpoint } from '../support/tls-server.js';

const WRITE_TOKEN = 'ghs_writeTokenAbcdefghijklmnopqrstuv';
const READ_TOKEN = 'ghs_readOnlyTokenAbcdefghijklmnopqrs';

describe('keeping a scheduled workflow enabled', () => {
  let api: GitHubApi;
  let ca: TestCa;
  let endpoint: TlsEndpoint;

  before(async () => {
    api = await startGitHubApi({ repository: 'octo/site', workflows: { 'renew.yml': 161335 }, writeTokens: [WRITE_TOKEN], readTokens: [READ_TOKEN] });
    ca = startTestCa();
    const leaf = ca.issue(['www.example.com'], 'www.example.com');
    endpoint = await startTlsServer(leaf.fullchainPem, leaf.keyPem ?? '');
  });
  after(async () => {
    await endpoint.stop();
    ca.stop();
    await api.stop();
  });

  const run = (event: string, token: string) =>
    runAction({
      inputs: { watch: `127.0.0.1:${endpoint.port}`, 'github-token': token },
      env: {
        GITHUB_EVENT_NAME: event,
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: 'octo/site',
        GITHUB_WORKFLOW_REF: 'octo/site/.github/workflows/renew.yml@refs/heads/main',
      },
    });

  it('enables the workflow on a successful scheduled run, by its file name', async () => {
    api.requests.length = 0;
    const result = await run('schedule', WRITE_TOKEN);
    assert.equal(result.exitCode, 0, result.log);
    assert.deepEqual(api.enabled, [161335]);
    assert.equal(api.requests.length, 1);
    assert.equal(api.requests[0].method, 'PUT');
    assert.equal(api.requests[0].path, '/repos/octo/site/actions/workflows/renew.yml/enable');
    assert.equal(api.requests[0].authorization, `Bearer ${WRITE_TOKEN}`);
    assert.equal(api.requests[0].accept, 'application/vnd.github+json');
    assert.equal(api.requests[0].apiVersion, '2022-11-28');
    assert.match(result.stdout, /Kept workflow renew\.yml enabled/);
    assert.ok(result.log.includes(`::add-mask::${WRITE_TOKEN}`));
    const visible = result.log.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    assert.ok(!visible.includes(WRITE_TOKEN));
  });

  it('makes no call on other triggers', async () => {
    api.requests.length = 0;
    const result = await run('workflow_dispatch', WRITE_TOKEN);
    assert.equal(result.exitCode, 0, result.log);
    assert.deepEqual(api.requests, []);
  });

  it('a token without actions: write is a warning that says what to grant, not a failed run', async () => {
    api.requests.length = 0;
    const result = await run('schedule', READ_TOKEN);
    assert.equal(result.exitCode, 0, result.log);
    assert.equal(api.requests.length, 1);
    assert.match(result.stdout, /::warning::Could not keep workflow renew\.yml enabled: HTTP 403 .*Resource not accessible by integration.*permissions: actions: write/);
  });
});
