// GitHub disables a scheduled workflow in a public repository after 60 days without activity, and
// then nothing warns before the certificate expires. Enabling it again on each scheduled run (the
// REST API's enable-workflow call) resets nothing else and keeps the schedule alive.
import type { Log } from '../util/log.js';

const TIMEOUT_MS = 10_000;

export async function keepScheduleEnabled(token: string, env: NodeJS.ProcessEnv, log: Log): Promise<void> {
  if (!token || env.GITHUB_EVENT_NAME !== 'schedule') return;
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/file.yml@refs/heads/main; the API takes the
  // file name as the workflow id.
  const file = env.GITHUB_WORKFLOW_REF?.split('@')[0].split('/').pop();
  const repository = env.GITHUB_REPOSITORY;
  if (!file || !repository) {
    log.warning('Cannot keep the schedule enabled: GITHUB_WORKFLOW_REF or GITHUB_REPOSITORY is not set.');
    return;
  }
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const url = `${api}/repos/${repository}/actions/workflows/${encodeURIComponent(file)}/enable`;
  try {
    const response = await fetch(url, {
      method: 'PUT',
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'acme-deploy-action',
      },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.status !== 204) {
      const body = (await response.text()).slice(0, 200);
      const hint = response.status === 403 || response.status === 404 ? ' Give the job `permissions: actions: write`.' : '';
      throw new Error(`HTTP ${response.status}${body ? ` ${body}` : ''}.${hint}`);
    }
    log.info(`Kept workflow ${file} enabled (GitHub disables schedules after 60 days without activity).`);
  } catch (error) {
    const message = (error as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : (error as Error).message;
    log.warning(`Could not keep workflow ${file} enabled: ${message}`);
  }
}
