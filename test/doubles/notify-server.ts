// Stand-ins for the chat services' incoming webhooks on 127.0.0.1, on the vendors' own paths. Each
// checks what the real service checks — its token, its signature scheme with the time window, the
// message shape — and answers with the real success and error bodies, so a client bug fails here.
//   DingTalk  POST /robot/send?access_token=T[&timestamp=ms&sign=…]  → {errcode, errmsg}
//   WeCom     POST /cgi-bin/webhook/send?key=K                      → {errcode, errmsg}
//   Feishu    POST /open-apis/bot/v2/hook/ID  body {timestamp, sign, msg_type, content} → {code, msg, data}
//   Slack     POST /services/T/B/X                                  → 200 "ok" | 4xx "invalid_payload"…
//   webhook   POST /hooks/ID                                        → 200
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Kind = 'dingtalk' | 'wecom' | 'feishu' | 'slack' | 'webhook';

export interface Delivery {
  kind: Kind;
  body: Record<string, unknown>;
}

export interface NotifyServer {
  /** Each kind's webhook URL, token included. */
  urls: Record<Kind, string>;
  /** The signing secrets of the DingTalk and Feishu robots. */
  secrets: { dingtalk: string; feishu: string };
  /** Messages each service accepted. */
  delivered: Delivery[];
  /** Requests refused, with what the service answered. */
  refused: Array<{ kind: Kind; answer: string }>;
  /** The next `times` requests get a 503 (or `hang`: no answer at all). */
  failNext(times: number, how?: 'status' | 'hang'): void;
  stop(): Promise<void>;
}

/** DingTalk and Feishu both refuse timestamps more than an hour from their clock. */
const WINDOW_MS = 3_600_000;

export async function startNotifyServer(): Promise<NotifyServer> {
  const token = randomBytes(32).toString('hex');
  const wecomKey = randomUUID();
  const feishuHook = randomUUID();
  const slackPath = `/services/T${randomBytes(4).toString('hex').toUpperCase()}/B${randomBytes(4).toString('hex').toUpperCase()}/${randomBytes(12).toString('hex')}`;
  const webhookPath = `/hooks/${randomBytes(16).toString('hex')}`;
  const secrets = { dingtalk: `SEC${randomBytes(32).toString('hex')}`, feishu: randomBytes(11).toString('base64url') };
  const delivered: Delivery[] = [];
  const refused: NotifyServer['refused'] = [];
  let failures = 0;
  let failHow: 'status' | 'hang' = 'status';
  const hanging = new Set<ServerResponse>();

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    if (failures > 0) {
      failures--;
      if (failHow === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(503).end('Service Unavailable');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const kind = kindOf(url.pathname);
    const answer = (status: number, body: unknown, type = 'application/json') => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': type }).end(text);
      return text;
    };
    if (!kind || req.method !== 'POST') {
      answer(404, '404 page not found', 'text/plain');
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      refused.push({ kind, answer: answer(400, kind === 'slack' ? 'invalid_payload' : { errcode: 40001, errmsg: 'invalid json' }, kind === 'slack' ? 'text/plain' : 'application/json') });
      return;
    }
    const problem = check(kind, url, body);
    if (problem) {
      refused.push({ kind, answer: answer(problem.status, problem.body, kind === 'slack' ? 'text/plain' : 'application/json') });
      return;
    }
    delivered.push({ kind, body });
    if (kind === 'slack') answer(200, 'ok', 'text/plain');
    else if (kind === 'feishu') answer(200, { code: 0, data: {}, msg: 'success' });
    else if (kind === 'webhook') answer(200, '', 'text/plain');
    else answer(200, { errcode: 0, errmsg: 'ok' });
  });

  function kindOf(path: string): Kind | undefined {
    if (path === '/robot/send') return 'dingtalk';
    if (path === '/cgi-bin/webhook/send') return 'wecom';
    if (path.startsWith('/open-apis/bot/v2/hook/')) return 'feishu';
    if (path.startsWith('/services/')) return 'slack';
    if (path.startsWith('/hooks/')) return 'webhook';
    return undefined;
  }

  function check(kind: Kind, url: URL, body: Record<string, unknown>): { status: number; body: unknown } | undefined {
    switch (kind) {
      case 'dingtalk': {
        if (url.searchParams.get('access_token') !== token) return { status: 200, body: { errcode: 300001, errmsg: 'token is not exist' } };
        const timestamp = url.searchParams.get('timestamp') ?? '';
        if (!/^\d{13}$/.test(timestamp) || Math.abs(Date.now() - Number(timestamp)) > WINDOW_MS) {
          return { status: 200, body: { errcode: 310000, errmsg: 'invalid timestamp' } };
        }
        const expected = createHmac('sha256', secrets.dingtalk).update(`${timestamp}\n${secrets.dingtalk}`).digest('base64');
        if (!same(url.searchParams.get('sign') ?? '', expected)) return { status: 200, body: { errcode: 310000, errmsg: 'sign not match' } };
        return messageProblem(body, 'msgtype', { text: ['content'], markdown: ['title', 'text'] }, { errcode: 40035, errmsg: '缺少参数 json' });
      }
      case 'wecom': {
        if (url.searchParams.get('key') !== wecomKey) return { status: 200, body: { errcode: 93000, errmsg: 'invalid webhook url' } };
        const markdown = body.markdown as { content?: unknown } | undefined;
        if (body.msgtype === 'markdown' && typeof markdown?.content === 'string' && Buffer.byteLength(markdown.content) > 4096) {
          return { status: 200, body: { errcode: 40058, errmsg: 'markdown.content exceed max length 4096' } };
        }
        return messageProblem(body, 'msgtype', { text: ['content'], markdown: ['content'] }, { errcode: 40008, errmsg: 'invalid message type' });
      }
      case 'feishu': {
        if (!url.pathname.endsWith(`/${feishuHook}`)) return { status: 200, body: { code: 19001, msg: 'param invalid: incoming webhook access token invalid', data: {} } };
        const timestamp = String(body.timestamp ?? '');
        const signFail = { status: 200, body: { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time', data: {} } };
        if (!/^\d{10}$/.test(timestamp) || Math.abs(Date.now() - Number(timestamp) * 1000) > WINDOW_MS) return signFail;
        const expected = createHmac('sha256', `${timestamp}\n${secrets.feishu}`).update('').digest('base64');
        if (!same(String(body.sign ?? ''), expected)) return signFail;
        const content = body.content as Record<string, unknown> | undefined;
        if (body.msg_type !== 'text' || typeof content?.text !== 'string') return { status: 200, body: { code: 9499, msg: 'Bad Request', data: {} } };
        return undefined;
      }
      case 'slack':
        if (url.pathname !== slackPath) return { status: 404, body: 'no_service' };
        if (typeof body.text !== 'string' && !Array.isArray(body.blocks)) return { status: 400, body: 'no_text' };
        return undefined;
      case 'webhook':
        return url.pathname === webhookPath ? undefined : { status: 404, body: 'not found' };
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urls: {
      dingtalk: `${base}/robot/send?access_token=${token}`,
      wecom: `${base}/cgi-bin/webhook/send?key=${wecomKey}`,
      feishu: `${base}/open-apis/bot/v2/hook/${feishuHook}`,
      slack: `${base}${slackPath}`,
      webhook: `${base}${webhookPath}`,
    },
    secrets,
    delivered,
    refused,
    failNext(times, how = 'status') {
      failures = times;
      failHow = how;
    },
    stop: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `body[field]` names a type, and the object under that name has the listed string fields. */
function messageProblem(
  body: Record<string, unknown>,
  field: string,
  shapes: Record<string, string[]>,
  error: unknown,
): { status: number; body: unknown } | undefined {
  const type = String(body[field] ?? '');
  const message = body[type] as Record<string, unknown> | undefined;
  const required = shapes[type];
  if (!required || !message || required.some((name) => typeof message[name] !== 'string' || message[name] === '')) {
    return { status: 200, body: error };
  }
  return undefined;
}

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
