// Sends the run's notice to every channel. A notification is a courtesy: whatever goes wrong here
// becomes a warning, never a failed run, and never holds the run for long.
import { retry } from '../util/retry.js';
import type { Log } from '../util/log.js';
import { channelRequest, deliveryProblem } from './channels.js';
import type { Channel, NotifyConfig } from './notify-config.js';
import { shouldNotify, type Notice } from './notice.js';

/** Per attempt; with one retry a dead endpoint costs a channel about twice this. */
const ATTEMPT_TIMEOUT_MS = 10_000;

export async function sendNotifications(config: NotifyConfig, notice: Notice, log: Log, now = () => new Date()): Promise<void> {
  if (!shouldNotify(notice, config)) return;
  await Promise.all(config.channels.map((channel) => deliver(channel, config, notice, log, now)));
}

async function deliver(channel: Channel, config: NotifyConfig, notice: Notice, log: Log, now: () => Date): Promise<void> {
  const label = `${channel.kind} (${new URL(channel.url).host})`;
  try {
    await retry(
      async () => {
        // Signed again on the retry: DingTalk and Feishu refuse stale timestamps.
        const request = channelRequest(channel, { notice, expiringDays: config.expiringDays, now: now() });
        const response = await fetch(request.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify(request.body),
          signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
        });
        const problem = deliveryProblem(channel.kind, response.status, await response.text());
        if (problem) throw new Error(problem);
      },
      { attempts: 2, minDelayMs: 1000, maxDelayMs: 1000, shouldRetry: () => true },
    );
    log.info(`Notified ${label}.`);
  } catch (error) {
    log.warning(`Could not notify ${label}: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`;
  return cause?.message ? `${(error as Error).message} (${cause.message})` : (error as Error).message;
}
