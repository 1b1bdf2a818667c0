// What the HTTP API doubles share: a loopback server that reads each request body whole and turns
// a handler's crash into a 500, and one-at-a-time record changes so the DNS server they mirror
// into always matches what the API holds.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackApi {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  stop(): Promise<void>;
}

export async function startLoopbackApi(handle: (req: IncomingMessage, body: Buffer, res: ServerResponse) => Promise<void>): Promise<LoopbackApi> {
  const server = createServer((req, res) => {
    (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      await handle(req, Buffer.concat(chunks), res);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`double failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs changes one at a time, in call order; a failed change does not stop the next. */
export function serializer(): <T>(change: () => Promise<T>) => Promise<T> {
  let exclusive: Promise<unknown> = Promise.resolve();
  return (change) => {
    const run = exclusive.then(change);
    exclusive = run.catch(() => undefined);
    return run;
  };
}
