import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenLocally, readBody, sendJson as send } from './fake-http';

/**
 * A local stand-in for the Resend API that the real `resend` SDK talks to (RESEND_BASE_URL). It
 * speaks what the SDK sends for `emails.send` (POST /emails, Bearer key, JSON body, optional
 * Idempotency-Key) and keeps what it received so tests can read the emails.
 * Test-only endpoints: GET /_test/emails, POST /_test/fail {count, status}, DELETE /_test/emails.
 */
export type ReceivedEmail = { id: string; from: string; to: string[]; subject: string; text?: string; html?: string; idempotencyKey: string | null; receivedAt: string };

export type FakeResend = {
  url: string;
  apiKey: string;
  emails: ReceivedEmail[];
  /** The next `count` sends fail with `status` (default 500). */
  failNext(count: number, status?: number): void;
  stop(): Promise<void>;
};

export async function startFakeResend(options: { apiKey?: string; port?: number } = {}): Promise<FakeResend> {
  const apiKey = options.apiKey ?? `re_test_${randomUUID().replaceAll('-', '')}`;
  const emails: ReceivedEmail[] = [];
  const byIdempotencyKey = new Map<string, ReceivedEmail>();
  let failures = { count: 0, status: 500 };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, { name: 'application_error', message: 'fake resend crashed' }));
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (url.pathname === '/_test/emails' && request.method === 'GET') return send(response, 200, emails);
    if (url.pathname === '/_test/emails' && request.method === 'DELETE') {
      emails.length = 0;
      byIdempotencyKey.clear();
      return send(response, 204, null);
    }
    if (url.pathname === '/_test/fail' && request.method === 'POST') {
      const body = JSON.parse(await readBody(request)) as { count?: number; status?: number };
      failures = { count: body.count ?? 1, status: body.status ?? 500 };
      return send(response, 204, null);
    }
    if (url.pathname !== '/emails' || request.method !== 'POST') return send(response, 404, { name: 'not_found', message: 'Route not found' });
    if (request.headers.authorization !== `Bearer ${apiKey}`) return send(response, 401, { name: 'missing_api_key', message: 'API key is invalid', statusCode: 401 });
    if (failures.count > 0) {
      failures.count -= 1;
      return send(response, failures.status, { name: 'internal_server_error', message: 'Simulated outage', statusCode: failures.status });
    }
    const body = JSON.parse(await readBody(request)) as Partial<ReceivedEmail> & { to?: string | string[] };
    const to = Array.isArray(body.to) ? body.to : body.to ? [body.to] : [];
    if (!body.from || to.length === 0 || !body.subject) return send(response, 422, { name: 'validation_error', message: 'from, to and subject are required', statusCode: 422 });
    const idempotencyKey = (request.headers['idempotency-key'] as string | undefined) ?? null;
    const earlier = idempotencyKey ? byIdempotencyKey.get(idempotencyKey) : undefined;
    if (earlier) return send(response, 200, { id: earlier.id });
    const email: ReceivedEmail = { id: randomUUID(), from: body.from, to, subject: body.subject, text: body.text, html: body.html, idempotencyKey, receivedAt: new Date().toISOString() };
    emails.push(email);
    if (idempotencyKey) byIdempotencyKey.set(idempotencyKey, email);
    return send(response, 200, { id: email.id });
  }

  const { url, stop } = await listenLocally(server, options.port);
  return {
    url,
    apiKey,
    emails,
    failNext(count, status = 500) {
      failures = { count, status };
    },
    stop,
  };
}



/** For tests in another process than the fake: read what it received over HTTP. */
export async function readFakeInbox(baseUrl: string): Promise<ReceivedEmail[]> {
  const response = await fetch(`${baseUrl}/_test/emails`);
  if (!response.ok) throw new Error(`fake resend answered ${response.status}`);
  return (await response.json()) as ReceivedEmail[];
}
