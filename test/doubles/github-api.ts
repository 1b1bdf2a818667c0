// A stand-in for the one GitHub REST call the action makes: enable a workflow
// (PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable). It answers like GitHub: 204 with
// no body, 401 "Bad credentials" for an unknown token, 403 "Resource not accessible by integration"
// for a token without actions: write, 404 "Not Found" for an unknown repository or workflow.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHubApiOptions {
  repository: string;
  /** Workflow file names (which the API accepts as workflow_id) with their numeric ids. */
  workflows: Record<string, number>;
  /** Tokens with actions: write. */
  writeTokens: string[];
  /** Tokens that authenticate but may only read. */
  readTokens?: string[];
}

export interface GitHubApi {
  /** For GITHUB_API_URL. */
  url: string;
  /** Every request: method, path, and the headers the action must send. */
  requests: Array<{ method: string; path: string; authorization?: string; accept?: string; apiVersion?: string }>;
  /** Workflow ids enabled so far. */
  enabled: number[];
  stop(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest/actions/workflows#enable-a-workflow';

export async function startGitHubApi(options: GitHubApiOptions): Promise<GitHubApi> {
  const requests: GitHubApi['requests'] = [];
  const enabled: number[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({
      method: req.method ?? '',
      path,
      authorization: req.headers.authorization,
      accept: req.headers.accept,
      apiVersion: req.headers['x-github-api-version'] as string | undefined,
    });
    const json = (status: number, message: string) =>
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ message, documentation_url: DOCS, status: String(status) }));
    const token = /^(?:Bearer|token) (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || ![...options.writeTokens, ...(options.readTokens ?? [])].includes(token)) return json(401, 'Bad credentials');
    const match = /^\/repos\/([^/]+\/[^/]+)\/actions\/workflows\/([^/]+)\/enable$/.exec(path);
    if (req.method !== 'PUT' || !match || match[1] !== options.repository) return json(404, 'Not Found');
    const id = decodeURIComponent(match[2]);
    const workflow = /^\d+$/.test(id) ? Number(id) : options.workflows[id];
    if (workflow === undefined || !Object.values(options.workflows).includes(workflow)) return json(404, 'Not Found');
    if (!options.writeTokens.includes(token)) return json(403, 'Resource not accessible by integration');
    enabled.push(workflow);
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    enabled,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
