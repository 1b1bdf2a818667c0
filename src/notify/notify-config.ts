// The `notify`, `notify-on` and `notify-expiring-days` inputs: where to send a word about the run,
// and which runs deserve one.
import { InputError, readInteger, readList, type InputSource } from '../config/input-helper.js';
import { readServiceUrl } from '../config/urls.js';

export const CHANNEL_KINDS = ['dingtalk', 'wecom', 'feishu', 'slack', 'webhook'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface Channel {
  readonly kind: ChannelKind;
  readonly url: string;
  /** DingTalk's and Feishu's signing secret ("加签" / "签名校验"). */
  readonly secret?: string;
}

export const NOTIFY_EVENTS = ['failure', 'renewal', 'expiring', 'always'] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export interface NotifyConfig {
  readonly channels: readonly Channel[];
  /** Failures always notify; the others only when listed (`always`: every run). */
  readonly on: readonly NotifyEvent[];
  /** Fewer days than this left on the certificate or a served one makes the run `expiring`. */
  readonly expiringDays: number;
}

const SIGNED: readonly ChannelKind[] = ['dingtalk', 'feishu'];
const LINE = new RegExp(`^(?:(${CHANNEL_KINDS.join('|')})\\s*:\\s*)?(\\S+)(?:\\s+secret=(\\S+))?$`);
const EXAMPLE = 'dingtalk: https://oapi.dingtalk.com/robot/send?access_token=… secret=SEC…';

export function readNotifyConfig(src: InputSource): NotifyConfig {
  const channels = src('notify')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map(readChannel);
  const on = readList(src, 'notify-on').map((value) => {
    if (!(NOTIFY_EVENTS as readonly string[]).includes(value)) {
      throw new InputError('notify-on', `'${value}' is not supported`, `Use one or more of: ${NOTIFY_EVENTS.join(', ')}.`);
    }
    return value as NotifyEvent;
  });
  return {
    channels,
    on: on.length > 0 ? on : ['failure'],
    expiringDays: readInteger(src, 'notify-expiring-days', 14, { min: 1, max: 365 }),
  };
}

function readChannel(line: string): Channel {
  // Only the listed words are kinds, so a bare URL's "https:" is no kind.
  const match = LINE.exec(line);
  const kind = (match?.[1] ?? 'webhook') as ChannelKind;
  if (!match || !/^https?:\/\//.test(match[2])) {
    throw new InputError('notify', `a line is not 'kind: url'`, `Write one channel per line, e.g. ${EXAMPLE}; kinds: ${CHANNEL_KINDS.join(', ')}.`);
  }
  const url = readServiceUrl(match[2], 'notify', 'https://hooks.slack.com/services/…').href;
  const secret = match[3];
  if (secret && !SIGNED.includes(kind)) {
    throw new InputError('notify', `${kind} takes no signing secret`, `Give secret=… only on ${SIGNED.join(' and ')} lines.`);
  }
  return secret ? { kind, url, secret } : { kind, url };
}

/** Everything in the input that opens a channel to whoever holds it: URLs, their tokens, secrets. */
export function notifySecrets(raw: string): string[] {
  const values: string[] = [];
  for (const written of raw.split(/\s+/)) {
    // `slack:https://…` written without a space is one word.
    const word = written.replace(new RegExp(`^(${CHANNEL_KINDS.join('|')}):`), '');
    if (word.startsWith('secret=')) {
      values.push(word.slice('secret='.length));
      continue;
    }
    let url: URL;
    try {
      url = new URL(word);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) continue;
    // A message may quote a URL in pieces; the token sits in the path (Slack, Feishu) or the query.
    values.push(word, url.href, url.pathname + url.search, ...url.searchParams.values());
    values.push(...url.pathname.split('/').filter((segment) => segment.length >= 16));
  }
  return values.filter((value) => value.length >= 8);
}
