import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the local fakes of external HTTP services (Resend, SMS gateways, OTLP) share. */

/** The request body as text; a body past `maxBytes` ends the request. */
export function readBody(request: IncomingMessage, maxBytes = 1_000_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      data += chunk;
      if (data.length > maxBytes) request.destroy(new Error('body too large'));
    });
    request.on('end', () => resolve(data));
    request.on('error', reject);
  });
}

/** A JSON answer (204: none). */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (status === 204) return void response.writeHead(204).end();
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Listens on 127.0.0.1 (a free port unless one is given); returns the base URL and a stop that also ends kept-alive connections. */
export async function listenLocally(server: Server, port = 0): Promise<{ url: string; stop(): Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
