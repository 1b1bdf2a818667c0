// Each chat service's request: its message shape, its signature, and how it says "delivered".
// The shapes follow the vendors' custom-robot documentation; the signatures are theirs exactly.
import { createHmac } from 'node:crypto';
import type { Channel, ChannelKind } from './notify-config.js';
import { noticeLines, noticeTitle, type Notice } from './notice.js';

export interface ChannelRequest {
  readonly url: string;
  readonly body: unknown;
}

export interface ChannelMessage {
  readonly notice: Notice;
  readonly expiringDays: number;
  readonly now: Date;
}

/** WeCom refuses markdown content over 4096 bytes. */
const WECOM_MAX_BYTES = 4096;

export function channelRequest(channel: Channel, message: ChannelMessage): ChannelRequest {
  const title = noticeTitle(message.notice, message.expiringDays);
  const lines = noticeLines(message.notice, message.expiringDays);
  switch (channel.kind) {
    case 'dingtalk':
      return {
        url: channel.secret ? dingtalkSignedUrl(channel.url, channel.secret, message.now) : channel.url,
        body: { msgtype: 'markdown', markdown: { title, text: [`### ${title}`, ...lines.map((line) => `- ${line}`)].join('\n') } },
      };
    case 'wecom':
      return {
        url: channel.url,
        body: { msgtype: 'markdown', markdown: { content: truncateBytes([`### ${title}`, ...lines].join('\n'), WECOM_MAX_BYTES) } },
      };
    case 'feishu':
      return {
        url: channel.url,
        body: {
          ...(channel.secret ? feishuSignature(channel.secret, message.now) : {}),
          msg_type: 'text',
          content: { text: [title, ...lines].join('\n') },
        },
      };
    case 'slack':
      return { url: channel.url, body: { text: [`*${title}*`, ...lines].join('\n') } };
    case 'webhook':
      return { url: channel.url, body: webhookPayload(message.notice, title) };
  }
}

/**
 * DingTalk: `timestamp` in milliseconds; `sign` = base64(HMAC-SHA256(key = secret,
 * message = timestamp + "\n" + secret)), both appended to the webhook's query.
 */
function dingtalkSignedUrl(url: string, secret: string, now: Date): string {
  const timestamp = String(now.getTime());
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const signed = new URL(url);
  signed.searchParams.set('timestamp', timestamp);
  signed.searchParams.set('sign', sign);
  return signed.href;
}

/**
 * Feishu: `timestamp` in seconds; `sign` = base64(HMAC-SHA256(key = timestamp + "\n" + secret,
 * empty message)), both in the JSON body.
 */
function feishuSignature(secret: string, now: Date): { timestamp: string; sign: string } {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return { timestamp, sign: createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64') };
}

/** The generic webhook: the run's facts under the action's own output names. */
function webhookPayload(notice: Notice, title: string): Record<string, unknown> {
  return {
    title,
    result: notice.result,
    'dry-run': notice.dryRun,
    'certificate-name': notice.certificateName ?? null,
    names: notice.names,
    serial: notice.serial ?? null,
    'not-after': notice.notAfter ?? null,
    'days-left': notice.daysLeft ?? null,
    'failed-targets': notice.failedTargets,
    certificates: notice.certificates.map((seen) => ({ where: seen.where, 'days-left': seen.daysLeft, 'not-after': seen.notAfter })),
    problem: notice.problem ?? null,
    'run-url': notice.runUrl ?? null,
  };
}

function truncateBytes(text: string, max: number): string {
  const bytes = Buffer.from(text);
  if (bytes.length <= max) return text;
  // Cut on a character boundary: a split UTF-8 sequence would be rejected as invalid JSON text.
  return new TextDecoder().decode(bytes.subarray(0, max - 3)).replace(/\uFFFD+$/, '') + '...';
}

/** Whether the service's answer means the message was accepted; otherwise, what it said. */
export function deliveryProblem(kind: ChannelKind, status: number, body: string): string | undefined {
  if (status < 200 || status > 299) return `HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`;
  if (kind === 'slack') return body.trim() === 'ok' ? undefined : `Slack answered '${body.slice(0, 200)}'`;
  if (kind === 'webhook') return undefined;
  let answer: { errcode?: number; errmsg?: string; code?: number; msg?: string; StatusCode?: number; StatusMessage?: string };
  try {
    answer = JSON.parse(body) as typeof answer;
  } catch {
    return `not a JSON answer: ${body.slice(0, 200)}`;
  }
  // DingTalk and WeCom: errcode/errmsg; Feishu: code/msg (older bots: StatusCode/StatusMessage).
  const code = answer.errcode ?? answer.code ?? answer.StatusCode;
  if (code === 0) return undefined;
  return `error ${code ?? '?'}: ${answer.errmsg ?? answer.msg ?? answer.StatusMessage ?? body.slice(0, 200)}`;
}
