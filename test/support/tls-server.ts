// A TLS endpoint on 127.0.0.1 that serves one certificate: what a watched host, a CDN edge or a
// forgotten vhost looks like to a client.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:tls';

export interface TlsEndpoint {
  port: number;
  /** Server names the clients sent (clients that sent none are not listed), in arrival order. */
  servernames: string[];
  stop(): Promise<void>;
}

export async function startTlsServer(certificatePem: string, keyPem: string): Promise<TlsEndpoint> {
  const servernames: string[] = [];
  const server = createServer(
    {
      cert: certificatePem,
      key: keyPem,
      // Recorded during the handshake: a client that only reads the certificate hangs up before
      // any connection handler runs. No context given: the default one serves.
      SNICallback: (name, done) => {
        servernames.push(name);
        done(null, undefined);
      },
    },
    (socket) => socket.end(),
  );
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    servernames,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
