// Lists the repository's Actions cache keys under a prefix (GET /repos/{owner}/{repo}/actions/caches,
// `actions: read`): @actions/cache can only restore, by exact key or newest-created prefix match.
import { callGitHub, statusText, type GitHubContext } from './rest-api.js';

const PER_PAGE = 100;
// Enough for years of daily entries of one scope; the service evicts unused entries after 7 days.
const MAX_PAGES = 10;

interface CacheList {
  total_count: number;
  actions_caches: Array<{ key: string }>;
}

/** Keys starting with `prefix` that this run's ref can see (GITHUB_REF); throws with the reason. */
export async function listCacheKeys(github: GitHubContext, prefix: string): Promise<string[]> {
  const repository = github.env.GITHUB_REPOSITORY;
  if (!repository) throw new Error('GITHUB_REPOSITORY is not set');
  const query = new URLSearchParams({ key: prefix, per_page: String(PER_PAGE) });
  if (github.env.GITHUB_REF) query.set('ref', github.env.GITHUB_REF);
  const keys: string[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    query.set('page', String(page));
    const response = await callGitHub(github, 'GET', `/repos/${repository}/actions/caches?${query}`);
    if (response.status !== 200) throw new Error(await statusText(response));
    const list = (await response.json()) as CacheList;
    if (!Array.isArray(list.actions_caches)) throw new Error('the answer has no actions_caches list');
    // The API matches `key` as a prefix or exactly; filter anyway rather than trust it.
    keys.push(...list.actions_caches.map((entry) => entry.key).filter((key) => typeof key === 'string' && key.startsWith(prefix)));
    if (list.actions_caches.length < PER_PAGE || page * PER_PAGE >= list.total_count) break;
  }
  return keys;
}
