// A TCP proxy on 127.0.0.1 that can stop answering: after `stall()` it keeps every connection open
// (old and new) but passes no byte either way, like a server or middlebox that hangs mid-exchange.
// With `delayMs` it is a long link instead: every byte arrives that much later, and it counts the
// client's round trips, the waits a far-away host makes a run pay for.
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpProxy {
  port: number;
  stall(): void;
  /**
   * With delayMs: the times the client spoke again after an answer, over every connection so far.
   * Requests sent without waiting for each other's answers count once.
   */
  roundTrips(): number;
  stop(): Promise<void>;
}

export interface TcpProxyOptions {
  /** One-way delay added to every byte, in both directions. */
  delayMs?: number;
}

export async function startTcpProxy(target: { host: string; port: number }, options: TcpProxyOptions = {}): Promise<TcpProxy> {
  const delayMs = options.delayMs ?? 0;
  let stalled = false;
  let roundTrips = 0;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    if (stalled) return client.pause();
    const upstream = connect({ ...target, noDelay: true });
    track(upstream);
    // A link passes bytes on as they come: Nagle here would hold back every request sent after
    // another until the host acknowledged the first.
    client.setNoDelay(true);
    // The client has heard back since it last spoke, a round trip ago at least: what it says now
    // waited for that answer. Bytes written together may arrive in pieces with an answer between.
    let answered = true;
    let spokeAt = -Infinity;
    const relay = (from: Socket, to: Socket, hooks: { received?: () => void; delivered?: () => void }) =>
      from.on('data', (chunk: Buffer) => {
        hooks.received?.();
        if (stalled) return;
        const deliver = () => {
          if (!to.writable) return;
          to.write(chunk);
          hooks.delivered?.();
        };
        // Timers of equal delay fire in the order they were set, so bytes stay in order.
        if (delayMs > 0) setTimeout(deliver, delayMs);
        else deliver();
      });
    relay(client, upstream, {
      received: () => {
        const now = performance.now();
        if (answered && now - spokeAt >= 1.5 * delayMs) roundTrips++;
        answered = false;
        spokeAt = now;
      },
    });
    // An answer counts once the client has it, not when the host sent it.
    relay(upstream, client, {
      delivered: () => {
        answered = true;
      },
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    stall: () => {
      stalled = true;
    },
    roundTrips: () => roundTrips,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
