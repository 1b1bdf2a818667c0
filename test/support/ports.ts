// Ports for the services the tests start, and the one polling helper: tests never sleep for a fixed
// time, they poll a condition against a deadline.
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A port on 127.0.0.1 that is free for both TCP and UDP right now (DNS servers bind both, so a port
 * free only for TCP would make them fail at random).
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freeTcpPort();
    if (await udpPortIsFree(port)) return port;
  }
  throw new Error('no port on 127.0.0.1 is free for both TCP and UDP');
}

async function freeTcpPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('listening socket has no port');
  return address.port;
}

async function udpPortIsFree(port: number): Promise<boolean> {
  const socket = createSocket('udp4');
  const bound = await new Promise<boolean>((resolve) => {
    socket.once('error', () => resolve(false));
    socket.bind(port, '127.0.0.1', () => resolve(true));
  });
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return bound;
}

export interface WaitForOptions {
  timeoutMs: number;
  /** Pause between two checks; 50 ms unless told. */
  intervalMs?: number;
  /** Names the awaited thing in the timeout error: `timed out waiting for <what>`. */
  what: string;
}

/**
 * Polls `condition` until it returns true. A condition that throws counts as "not yet" (a server
 * that is still starting refuses connections); its last error becomes the timeout error's `cause`, which
 * the test reporter prints, so a real failure is not lost.
 */
export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  { timeoutMs, intervalMs = 50, what }: WaitForOptions,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await condition()) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`timed out waiting for ${what}`, { cause: lastError });
    await sleep(Math.min(intervalMs, left));
  }
}
