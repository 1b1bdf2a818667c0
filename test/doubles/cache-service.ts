// A stand-in for the GitHub Actions cache service (v2, twirp) and the blob storage behind its signed
// URLs, faithful enough that the real @actions/cache 6.x runs against it unmodified:
//
// - twirp JSON on POST /twirp/github.actions.results.api.v1.CacheService/<Method>, Bearer token
//   checked, snake_case fields, int64 as strings, a miss is 200 {ok:false}, errors are
//   {code, msg} with twirp's HTTP status (409 already_exists for a key+version that exists, as the
//   real service answers; the client then logs an info line and saveCache returns -1);
// - lookup: exact key, then the key as a prefix, then each restore key as a prefix, newest first,
//   among finalized entries of the same version (one scope: no branch fallback);
// - blob storage in Azure's IP-endpoint style (/<account>/<container>/<blob>), which the Azure SDK
//   accepts on plain http: a single PUT with x-ms-blob-type: BlockBlob (what the client sends up to
//   128 MiB), or PUT ?comp=block + ?comp=blocklist above that, each answered 201; a download is a
//   plain GET whose Content-Length the client checks (it never checks the status code).
//
// `setDown(true)` resets every connection instead of answering 503: on 5xx the twirp client retries
// 5 times with 3 s, 4.5–6.75 s, 6.75–10 s and 10–15 s waits (≈25–35 s per call), while a reset
// connection is a NetworkError it gives up on at once. Both end in the same warning and miss.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const BLOB_PREFIX = '/devstoreaccount1/actions-cache/';

export interface CacheEntryInfo {
  key: string;
  version: string;
  size: number;
  createdAt: Date;
  lastAccess: Date;
}

export interface CacheServiceDouble {
  /** Variables that point @actions/cache at this double. */
  env: Record<string, string>;
  /** Finalized entries, oldest first. */
  entries(): CacheEntryInfo[];
  evictAll(): void;
  evict(key: string): void;
  setDown(down: boolean): void;
  /** Flips one byte in the middle of the next download; the length stays right. */
  corruptNextDownload(): void;
  /** Stores a copy of the entry `key` as `newKey`, created now: a save that finished late. */
  copy(key: string, newKey: string): void;
  /** Replaces the stored archive of every entry with this key. */
  tamper(key: string, mutate: (archive: Buffer) => Buffer): void;
  /** `<Method> <key>` for twirp calls, `<HTTP method> blob[?comp=…]` for blob storage. */
  requests: string[];
  stop(): Promise<void>;
}

interface Entry {
  id: number;
  key: string;
  version: string;
  finalized: boolean;
  /** Finalize order: "newest" must not depend on two entries landing in different milliseconds. */
  seq: number;
  createdAt: Date;
  lastAccess: Date;
  blob: Blob;
}

interface Blob {
  name: string;
  uploadSig: string;
  downloadSig: string;
  data?: Buffer;
  blocks: Map<string, Buffer>;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startCacheService(options: { token?: string } = {}): Promise<CacheServiceDouble> {
  const token = options.token ?? runtimeToken();
  const entries: Entry[] = [];
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  let nextId = 1;
  let nextSeq = 1;
  let down = false;
  let corruptNext = false;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });
  server.on('connection', (socket) => {
    if (down) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const body = await readBody(req);
    if (req.method === 'POST' && url.pathname.startsWith(TWIRP_PREFIX)) {
      return twirp(url.pathname.slice(TWIRP_PREFIX.length), req, body, res);
    }
    if (url.pathname.startsWith(BLOB_PREFIX)) return blob(req, url, body, res);
    res.writeHead(404).end();
  }

  function twirp(method: string, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    try {
      if (req.headers.authorization !== `Bearer ${token}`) {
        throw new TwirpError(401, 'unauthenticated', 'invalid or missing runtime token');
      }
      if (!String(req.headers['content-type']).startsWith('application/json')) {
        throw new TwirpError(404, 'bad_route', 'only the JSON protocol is served');
      }
      let request: Record<string, unknown>;
      try {
        request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      } catch {
        throw new TwirpError(400, 'malformed', 'the request body is not JSON');
      }
      const key = requiredString(request, 'key');
      const version = requiredString(request, 'version');
      requests.push(`${method} ${key}`);
      const answer =
        method === 'CreateCacheEntry'
          ? createEntry(key, version)
          : method === 'FinalizeCacheEntryUpload'
            ? finalizeEntry(key, version, request.size_bytes)
            : method === 'GetCacheEntryDownloadURL'
              ? downloadUrl(key, version, request.restore_keys)
              : undefined;
      if (!answer) throw new TwirpError(404, 'bad_route', `no method ${method}`);
      sendJson(res, 200, answer);
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      sendJson(res, error.status, { code: error.code, msg: error.message });
    }
  }

  function createEntry(key: string, version: string): object {
    if (entries.some((e) => e.key === key && e.version === version)) {
      throw new TwirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
    }
    const now = new Date();
    const entry: Entry = {
      id: nextId++,
      key,
      version,
      finalized: false,
      seq: 0,
      createdAt: now,
      lastAccess: now,
      blob: { name: randomBytes(8).toString('hex'), uploadSig: sig(), downloadSig: sig(), blocks: new Map() },
    };
    entries.push(entry);
    return { ok: true, signed_upload_url: signedUrl(entry.blob, entry.blob.uploadSig, 'cw') };
  }

  function finalizeEntry(key: string, version: string, sizeBytes: unknown): object {
    const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
    if (!entry) throw new TwirpError(404, 'not_found', 'no cache entry is being uploaded with this key and version');
    if (!entry.blob.data) throw new TwirpError(400, 'invalid_argument', 'nothing was uploaded for this entry');
    if (String(sizeBytes) !== String(entry.blob.data.length)) {
      throw new TwirpError(400, 'invalid_argument', `size_bytes ${String(sizeBytes)} does not match the upload`);
    }
    entry.finalized = true;
    entry.seq = nextSeq++;
    entry.createdAt = new Date();
    entry.lastAccess = entry.createdAt;
    return { ok: true, entry_id: String(entry.id) };
  }

  function downloadUrl(key: string, version: string, restoreKeys: unknown): object {
    const candidates = finalized()
      .filter((e) => e.version === version)
      .reverse();
    const prefixes = [key, ...(Array.isArray(restoreKeys) ? restoreKeys.map(String) : [])];
    const match =
      candidates.find((e) => e.key === key) ??
      prefixes.map((prefix) => candidates.find((e) => e.key.startsWith(prefix))).find((e) => e !== undefined);
    if (!match) return { ok: false };
    match.lastAccess = new Date();
    return { ok: true, signed_download_url: signedUrl(match.blob, match.blob.downloadSig, 'r'), matched_key: match.key };
  }

  function blob(req: IncomingMessage, url: URL, body: Buffer, res: ServerResponse): void {
    const comp = url.searchParams.get('comp');
    requests.push(`${req.method} blob${comp ? `?comp=${comp}` : ''}`);
    const name = url.pathname.slice(BLOB_PREFIX.length);
    const entry = entries.find((e) => e.blob.name === name);
    if (!entry) return storageError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
    const target = entry.blob;
    const signature = url.searchParams.get('sig');
    if (req.method === 'GET') {
      if (signature !== target.downloadSig || !entry.finalized || !target.data) {
        return storageError(res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request.');
      }
      let data = target.data;
      if (corruptNext) {
        corruptNext = false;
        data = Buffer.from(data);
        data[data.length >> 1] ^= 0xff;
      }
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': data.length,
        'x-ms-blob-type': 'BlockBlob',
        ...blobHeaders(data),
      });
      res.end(data);
      return;
    }
    if (req.method !== 'PUT') return storageError(res, 405, 'UnsupportedHttpVerb', 'The resource doesn\'t support the specified HTTP verb.');
    // Upload URLs are valid only until the entry is finalized: entries are immutable.
    if (signature !== target.uploadSig || entry.finalized) {
      return storageError(res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request.');
    }
    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid');
      if (!blockId) return storageError(res, 400, 'MissingRequiredQueryParameter', 'blockid is required.');
      target.blocks.set(blockId, body);
    } else if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]);
      const parts = ids.map((id) => target.blocks.get(id));
      if (parts.some((part) => part === undefined)) {
        return storageError(res, 400, 'InvalidBlockList', 'The specified block list is invalid.');
      }
      target.data = Buffer.concat(parts as Buffer[]);
      target.blocks.clear();
    } else if (comp) {
      return storageError(res, 400, 'UnsupportedQueryParameter', `comp=${comp} is not served by this double.`);
    } else {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        return storageError(res, 400, 'MissingRequiredHeader', 'An HTTP header that\'s mandatory for this request is not specified.');
      }
      target.data = body;
    }
    res.writeHead(201, { 'Content-Length': 0, 'x-ms-request-server-encrypted': 'true', ...blobHeaders(body) });
    res.end();
  }

  function signedUrl(target: Blob, signature: string, permissions: string): string {
    const expiry = new Date(Date.now() + 3_600_000).toISOString();
    return `${origin}${BLOB_PREFIX}${target.name}?sv=2025-01-05&sr=b&sp=${permissions}&se=${encodeURIComponent(expiry)}&sig=${encodeURIComponent(signature)}`;
  }

  function finalized(): Entry[] {
    return entries.filter((e) => e.finalized).sort((a, b) => a.seq - b.seq);
  }

  return {
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${origin}/`,
      ACTIONS_RUNTIME_TOKEN: token,
      GITHUB_SERVER_URL: 'https://github.com',
    },
    entries: () =>
      finalized().map((e) => ({
          key: e.key,
          version: e.version,
          size: e.blob.data?.length ?? 0,
          createdAt: e.createdAt,
          lastAccess: e.lastAccess,
        })),
    evictAll: () => {
      entries.splice(0, entries.length, ...entries.filter((e) => !e.finalized));
    },
    evict: (key) => {
      entries.splice(0, entries.length, ...entries.filter((e) => !(e.finalized && e.key === key)));
    },
    setDown: (value) => {
      down = value;
      if (down) for (const socket of sockets) socket.destroy();
    },
    corruptNextDownload: () => {
      corruptNext = true;
    },
    copy: (key, newKey) => {
      const source = finalized().find((e) => e.key === key);
      if (!source?.blob.data) throw new Error(`no cache entry with key ${key}`);
      const now = new Date();
      const data = Buffer.from(source.blob.data);
      entries.push({
        ...source,
        id: nextId++,
        key: newKey,
        seq: nextSeq++,
        createdAt: now,
        lastAccess: now,
        blob: { name: randomBytes(8).toString('hex'), uploadSig: sig(), downloadSig: sig(), data, blocks: new Map() },
      });
    },
    tamper: (key, mutate) => {
      const matches = finalized().filter((e) => e.key === key);
      if (matches.length === 0) throw new Error(`no cache entry with key ${key}`);
      for (const entry of matches) entry.blob.data = mutate(entry.blob.data ?? Buffer.alloc(0));
    },
    requests,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/**
 * Rewrites one file inside a cache archive as @actions/cache makes it (a POSIX tar, zstd- or
 * gzip-compressed), keeping the archive valid: what an attacker who can write cache entries could
 * upload, as opposed to damage the transport or the decompressor would notice.
 */
export function rewriteArchivedFile(archive: Buffer, baseName: string, mutate: (data: Buffer) => Buffer): Buffer {
  const zstd = archive.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
  const tar = zstd ? runZstd(['-d', '-q', '-c'], archive) : gunzipSync(archive);
  const rewritten = rewriteTarMember(tar, baseName, mutate);
  return zstd ? runZstd(['-q', '-c'], rewritten) : gzipSync(rewritten);
}

function rewriteTarMember(tar: Buffer, baseName: string, mutate: (data: Buffer) => Buffer): Buffer {
  const out: Buffer[] = [];
  let paxPath: string | undefined;
  let found = false;
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = Buffer.from(tar.subarray(at, at + 512));
    if (header.every((byte) => byte === 0)) {
      out.push(tar.subarray(at));
      break;
    }
    const size = parseInt(field(header, 124, 12), 8);
    const type = String.fromCharCode(header[156]);
    const data = tar.subarray(at + 512, at + 512 + size);
    at += 512 + padded(size);
    const prefix = field(header, 345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    if (type === 'x') paxPath = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1];
    else paxPath = undefined;
    if (type === '0' && (name === baseName || name.endsWith(`/${baseName}`))) {
      found = true;
      const replaced = mutate(Buffer.from(data));
      header.write(`${replaced.length.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
      header.fill(' ', 148, 156);
      const sum = header.reduce((total, byte) => total + byte, 0);
      header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
      out.push(header, replaced, Buffer.alloc(padded(replaced.length) - replaced.length));
    } else {
      out.push(header, tar.subarray(at - padded(size), at));
    }
  }
  if (!found) throw new Error(`no file named ${baseName} in the cache archive`);
  return Buffer.concat(out);
}

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8').trim();
}

function padded(size: number): number {
  return Math.ceil(size / 512) * 512;
}

function runZstd(args: string[], input: Buffer): Buffer {
  const result = spawnSync('zstd', args, { input, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`zstd ${args.join(' ')} failed: ${result.stderr.toString()}`);
  return result.stdout;
}

/** A JWT shaped like the runner's: the `ac` claim lists the cache scopes the job may use. */
function runtimeToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]),
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:00000000-0000-0000-0000-000000000000',
    nbf: now,
    exp: now + 3600,
  };
  return `${encode({ typ: 'JWT', alg: 'RS256' })}.${encode(payload)}.${randomBytes(32).toString('base64url')}`;
}

function sig(): string {
  return randomBytes(32).toString('base64');
}

function blobHeaders(data: Buffer): Record<string, string> {
  return {
    ETag: `"0x${createHash('sha256').update(data).digest('hex').slice(0, 15).toUpperCase()}"`,
    'Last-Modified': new Date().toUTCString(),
    'Content-MD5': createHash('md5').update(data).digest('base64'),
    'x-ms-request-id': randomBytes(16).toString('hex'),
    'x-ms-version': '2025-01-05',
  };
}

function requiredString(request: Record<string, unknown>, name: string): string {
  const value = request[name];
  if (typeof value !== 'string' || value === '') throw new TwirpError(400, 'invalid_argument', `${name} is required`);
  return value;
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function storageError(res: ServerResponse, status: number, code: string, message: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(xml), 'x-ms-error-code': code });
  res.end(xml);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
