// Renewal information (RFC 9773) for pebble, which has none in 2.4: a directory in front of pebble's
// that adds `renewalInfo`, answered like Let's Encrypt's Boulder answers it — a suggested window for
// a certificate the CA issued, 404 for any other. Whether pebble issued one is asked of pebble itself
// (its management API looks certificates up by serial). Every other ACME URL in the directory stays
// pebble's own, so accounts and orders go to the real CA.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpsGet, type Pebble } from './pebble.js';

export interface AriProxy {
  /** Plain HTTP on 127.0.0.1, which the action accepts for a CA on this machine. */
  directoryUrl: string;
  /** Paths asked for, in order. */
  requests: string[];
  stop(): Promise<void>;
}

export async function startAriProxy(pebble: Pebble): Promise<AriProxy> {
  const ca = readFileSync(pebble.caCertPath, 'utf8');
  const requests: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '';
    requests.push(path);
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': status === 200 ? 'application/json' : 'application/problem+json' });
      res.end(JSON.stringify(body));
    };
    void (async () => {
      if (path === '/dir') {
        const directory = JSON.parse((await httpsGet(pebble.directoryUrl, ca)).body) as Record<string, unknown>;
        return reply(200, { ...directory, renewalInfo: `${base}/renewal-info/` });
      }
      const certId = path.startsWith('/renewal-info/') ? path.slice('/renewal-info/'.length) : undefined;
      const serial = certId?.split('.')[1];
      if (!serial) return reply(404, { type: 'urn:ietf:params:acme:error:malformed', detail: 'no such resource' });
      const status = await httpsGet(`${pebble.managementUrl}/cert-status-by-serial/${Buffer.from(serial, 'base64url').toString('hex')}`, ca);
      if (status.status !== 200) {
        return reply(404, { type: 'urn:ietf:params:acme:error:malformed', detail: 'Certificate not found' });
      }
      return reply(200, boulderWindow(new X509Certificate(JSON.parse(status.body).Certificate as string)));
    })().catch((error: Error) => reply(500, { type: 'urn:ietf:params:acme:error:serverInternal', detail: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    directoryUrl: `${base}/dir`,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Boulder's window: opens when a third of the lifetime remains, for 1/50 of the lifetime. */
function boulderWindow(certificate: X509Certificate): { suggestedWindow: { start: string; end: string } } {
  const notBefore = new Date(certificate.validFrom).getTime();
  const notAfter = new Date(certificate.validTo).getTime();
  const lifetime = notAfter - notBefore;
  const start = notAfter - lifetime / 3;
  return { suggestedWindow: { start: new Date(start).toISOString(), end: new Date(start + lifetime / 50).toISOString() } };
}
