// A stand-in for the GitHub REST calls the action makes:
// - enable a workflow (PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable): 204 with
//   no body, 403 "Resource not accessible by integration" for a token without actions: write,
//   404 "Not Found" for an unknown repository or workflow;
// - list the Actions caches (GET /repos/{owner}/{repo}/actions/caches?key=&ref=&per_page=&page=,
//   actions: read), backed by the cache service double's entries: `key` matches as a prefix, `ref`
//   as `refs/heads/<branch>` or `<branch>`, per_page at most 100 (default 30), newest access first,
//   answered as {total_count, actions_caches: [{id, ref, key, version, last_accessed_at, created_at,
//   size_in_bytes}]};
// and 401 "Bad credentials" for an unknown token.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CacheEntryInfo } from './cache-service.js';

export interface GitHubApiOptions {
  repository: string;
  /** Workflow file names (which the API accepts as workflow_id) with their numeric ids. */
  workflows: Record<string, number>;
  /** Tokens with actions: write. */
  writeTokens: string[];
  /** Tokens that authenticate but may only read. */
  readTokens?: string[];
  /** The repository's cache entries, all saved from `cacheRef` (refs/heads/main unless given). */
  caches?: () => CacheEntryInfo[];
  cacheRef?: string;
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
const CACHE_DOCS = 'https://docs.github.com/rest/actions/cache#list-github-actions-caches-for-a-repository';

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
    const json = (status: number, message: string, documentation = DOCS) =>
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify({ message, documentation_url: documentation, status: String(status) }));
    const token = /^(?:Bearer|token) (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || ![...options.writeTokens, ...(options.readTokens ?? [])].includes(token)) return json(401, 'Bad credentials');
    const url = new URL(path, 'http://api.invalid');
    const caches = /^\/repos\/([^/]+\/[^/]+)\/actions\/caches$/.exec(url.pathname);
    if (caches && req.method === 'GET') {
      if (caches[1] !== options.repository) return json(404, 'Not Found', CACHE_DOCS);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100 || !Number.isInteger(page) || page < 1) {
        return json(422, 'Validation Failed', CACHE_DOCS);
      }
      const ref = options.cacheRef ?? 'refs/heads/main';
      const wantedRef = url.searchParams.get('ref');
      const key = url.searchParams.get('key');
      const matching = (options.caches?.() ?? [])
        .filter((entry) => (key === null || entry.key.startsWith(key)) && (wantedRef === null || wantedRef === ref || `refs/heads/${wantedRef}` === ref))
        .map((entry, index) => ({
          id: index + 1,
          ref,
          key: entry.key,
          version: entry.version,
          last_accessed_at: entry.lastAccess.toISOString(),
          created_at: entry.createdAt.toISOString(),
          size_in_bytes: entry.size,
        }))
        .sort((a, b) => b.last_accessed_at.localeCompare(a.last_accessed_at));
      const body = { total_count: matching.length, actions_caches: matching.slice((page - 1) * perPage, page * perPage) };
      return res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    }
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
