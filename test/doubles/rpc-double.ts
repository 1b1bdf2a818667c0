// The gateway half of every Alibaba Cloud RPC-style API double (AliDNS, CAS, CDN, DCDN, SLB): it
// checks requests as strictly as the real gateway (V1 signature, timestamp window, nonce replay, STS
// token) so a client bug fails here, not in production, answers errors with the real JSON shape and
// HTTP status, and can inject failures. Each double only adds its actions and their state.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RpcDoubleCredentials {
  /** AccessKey ID → AccessKey secret. */
  accessKeys: Record<string, string>;
  /** AccessKey IDs that are STS (temporary) keys → the SecurityToken each must be sent with. */
  securityTokens?: Record<string, string>;
  /** The server's clock in ms; tests skew it to exercise the timestamp check. */
  now?: () => number;
}

export interface RpcDoubleOptions extends RpcDoubleCredentials {
  /** The API version the service accepts, e.g. 2015-01-09. */
  version: string;
  /** What the real service puts in HostId, e.g. alidns.aliyuncs.com. */
  hostId: string;
  /** The product code of the troubleshooting link, e.g. Alidns. */
  product: string;
  actions: Record<string, RpcAction>;
}

export type RpcAction = (params: Record<string, string>) => Promise<object> | object;

/** A call that passed authentication, with the error Code it was answered with, if any. */
export interface RpcRequest {
  Action: string;
  params: Record<string, string>;
  Code?: string;
}

export interface RpcDouble {
  /** `http://127.0.0.1:PORT`, for pop-core's `endpoint`. */
  endpoint: string;
  /** Every authenticated call, in arrival order. */
  requests: RpcRequest[];
  /**
   * Answers the next `times` authenticated calls (of `action`, if given) with error `code` and its
   * real HTTP status, before the action runs. `ECONNRESET` drops the connection instead;
   * `LostResponse` runs the action, then drops the connection, as when an answer is lost on the way.
   */
  failNext(code: string, times?: number, action?: string): void;
  /**
   * The next `times` calls of `action` take effect at once but are answered only after `delayMs`,
   * as when the gateway is slow: a client that gives up early cannot tell whether the call worked.
   */
  answerLate(action: string, delayMs: number, times?: number): void;
  stop(): Promise<void>;
}

/** An answer the API gives as an error: JSON with Code and Message, and a non-2xx status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;
const COMMON_REQUIRED = ['AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Version', 'Action'];

/** Errors that `failNext` can inject, as the real gateways send them. */
const INJECTABLE: Record<string, [number, string]> = {
  'Throttling.User': [400, 'Request was denied due to user flow control.'],
  Throttling: [400, 'Request was denied due to request throttling.'],
  ServiceUnavailable: [503, 'The request has failed due to a temporary failure of the server.'],
  InternalError: [500, 'The request processing has failed due to some unknown error, exception or failure.'],
  'Forbidden.RAM': [403, "User not authorized to operate on the specified resource, or this API doesn't support RAM."],
};

export const missing = (name: string) => new ApiError(400, `Missing${name}`, `${name} is mandatory for this action.`);
export const invalid = (name: string) => new ApiError(400, 'InvalidParameter', `The specified parameter "${name}" is not valid.`);

export async function startRpcDouble(options: RpcDoubleOptions): Promise<RpcDouble> {
  const now = options.now ?? Date.now;
  const requests: RpcRequest[] = [];
  const failures: Array<{ code: string; action?: string }> = [];
  const lateAnswers: Array<{ action: string; delayMs: number }> = [];
  const timers = new Set<NodeJS.Timeout>();
  const usedNonces = new Set<string>();

  function authenticate(method: string, params: Record<string, string>): void {
    for (const name of COMMON_REQUIRED) if (!params[name]) throw missing(name);
    // The real APIs also speak XML (their default); the doubles do not, so a client that forgets
    // Format=JSON fails loudly here.
    if (params.Format?.toUpperCase() !== 'JSON') throw invalid('Format');
    if (params.Version !== options.version) throw new ApiError(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
    if (params.SignatureMethod !== 'HMAC-SHA1') {
      throw new ApiError(400, 'InvalidSignatureMethod', 'Specified signature method is not supported.');
    }
    if (params.SignatureVersion !== '1.0') {
      throw new ApiError(400, 'InvalidSignatureVersion', 'Specified signature version is not supported.');
    }
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params.Timestamp) || Number.isNaN(Date.parse(params.Timestamp))) {
      throw new ApiError(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
    }
    if (Math.abs(now() - Date.parse(params.Timestamp)) > TIMESTAMP_WINDOW_MS) {
      throw new ApiError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    }
    const secret = options.accessKeys[params.AccessKeyId];
    if (secret === undefined) throw new ApiError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
    const expected = createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
    if (params.Signature !== expected) {
      throw new ApiError(
        400,
        'SignatureDoesNotMatch',
        `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
      );
    }
    if (usedNonces.has(params.SignatureNonce)) {
      throw new ApiError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    }
    usedNonces.add(params.SignatureNonce);
    const token = options.securityTokens?.[params.AccessKeyId];
    if (token !== undefined && !params.SecurityToken) throw missing('SecurityToken');
    if (token === undefined && params.SecurityToken) {
      throw new ApiError(400, 'InvalidSecurityToken.Malformed', 'Specified SecurityToken is malformed.');
    }
    if (token !== undefined && params.SecurityToken !== token) {
      throw new ApiError(400, 'InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.');
    }
  }

  async function handle(req: IncomingMessage, requestId: string): Promise<object> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const params = Object.fromEntries(url.searchParams);
    if (method === 'POST') Object.assign(params, Object.fromEntries(new URLSearchParams(await readBody(req))));
    else if (method !== 'GET') throw new ApiError(400, 'UnsupportedHTTPMethod', `The HTTP method ${method} is not supported.`);

    authenticate(method, params);
    const call: RpcRequest = { Action: params.Action, params };
    requests.push(call);
    try {
      const index = failures.findIndex((failure) => !failure.action || failure.action === params.Action);
      const injected = index >= 0 ? failures.splice(index, 1)[0].code : undefined;
      if (injected === 'ECONNRESET') dropConnection(req);
      if (injected !== undefined && injected !== 'LostResponse') {
        const [status, message] = INJECTABLE[injected] ?? [400, `Injected failure ${injected}.`];
        throw new ApiError(status, injected, message);
      }
      const action = Object.hasOwn(options.actions, params.Action) ? options.actions[params.Action] : undefined;
      if (!action) throw new ApiError(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
      const body = { ...(await action(params)), RequestId: requestId };
      if (injected === 'LostResponse') dropConnection(req);
      const late = lateAnswers.findIndex((entry) => entry.action === params.Action);
      if (late >= 0) {
        const { delayMs } = lateAnswers.splice(late, 1)[0];
        await new Promise((resolve) => {
          const timer = setTimeout(() => resolve(timers.delete(timer)), delayMs);
          timers.add(timer);
        });
      }
      return body;
    } catch (error) {
      if (error instanceof ApiError) call.Code = error.code;
      throw error;
    }
  }

  const server = createServer((req, res) => {
    const requestId = randomUUID().toUpperCase();
    handle(req, requestId).then(
      (body) => send(res, 200, body),
      (error: unknown) => {
        if (req.socket.destroyed) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(500, 'InternalError', `The double failed: ${(error as Error).message}`);
        send(res, apiError.status, {
          RequestId: requestId,
          HostId: options.hostId,
          Code: apiError.code,
          Message: apiError.message,
          Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(apiError.code)}&product=${options.product}&requestId=${requestId}`,
        });
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    failNext(code, times = 1, action) {
      for (let i = 0; i < times; i++) failures.push({ code, action });
    },
    answerLate(action, delayMs, times = 1) {
      for (let i = 0; i < times; i++) lateAnswers.push({ action, delayMs });
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Resets the client's connection: it sees ECONNRESET and cannot tell whether the call ran. */
function dropConnection(req: IncomingMessage): never {
  req.socket.destroy();
  throw new ApiError(0, 'ECONNRESET', 'connection dropped');
}

/** Page number and size as the RPC APIs read them, with the service's own names and limits. */
export function paging(
  params: Record<string, string>,
  maxPageSize: number,
  names: { number: string; size: string; defaultSize: number } = { number: 'PageNumber', size: 'PageSize', defaultSize: 20 },
): { pageNumber: number; pageSize: number } {
  const pageNumber = params[names.number] === undefined ? 1 : Number(params[names.number]);
  const pageSize = params[names.size] === undefined ? names.defaultSize : Number(params[names.size]);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw invalid(names.number);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) throw invalid(names.size);
  return { pageNumber, pageSize };
}

/** RFC 3986 unreserved characters stay; everything else, `!'()*` included, is %XX (space is %20). */
function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((name) => name !== 'Signature')
    .sort()
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name])}`)
    .join('&');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 1_000_000) req.destroy(new Error('request body over 1 MB'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
  res.end(JSON.stringify(body));
}
