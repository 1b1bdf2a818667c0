// The few GitHub REST calls the action makes, with the headers and time limit GitHub expects.
const TIMEOUT_MS = 10_000;

export interface GitHubContext {
  readonly token: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Calls `{GITHUB_API_URL}{path}`; an error says why in words (no answer, or the status and body). */
export async function callGitHub({ token, env }: GitHubContext, method: string, path: string): Promise<Response> {
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  try {
    return await fetch(`${api}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'acme-deploy-action',
      },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw new Error(`no answer within ${TIMEOUT_MS / 1000} s`);
    throw error;
  }
}

/** `HTTP 403 {"message":…}` with the start of the body, for messages. */
export async function statusText(response: Response): Promise<string> {
  const body = (await response.text()).slice(0, 200);
  return `HTTP ${response.status}${body ? ` ${body}` : ''}`;
}
