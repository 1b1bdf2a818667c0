// GitHub disables a scheduled workflow in a public repository after 60 days without activity, and
// then nothing warns before the certificate expires. Enabling it again on each scheduled run (the
// REST API's enable-workflow call) resets nothing else and keeps the schedule alive.
import type { Log } from '../util/log.js';
import { callGitHub, statusText } from './rest-api.js';

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
  try {
    const response = await callGitHub({ token, env }, 'PUT', `/repos/${repository}/actions/workflows/${encodeURIComponent(file)}/enable`);
    if (response.status !== 204) {
      const hint = response.status === 403 || response.status === 404 ? ' Give the job `permissions: actions: write`.' : '';
      throw new Error(`${await statusText(response)}.${hint}`);
    }
    log.info(`Kept workflow ${file} enabled (GitHub disables schedules after 60 days without activity).`);
  } catch (error) {
    log.warning(`Could not keep workflow ${file} enabled: ${(error as Error).message}`);
  }
}
