import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { listenLocally, readBody } from './fake-http';

/**
 * A partner's webhook receiver on 127.0.0.1, for tests and the browser tests: it checks each
 * request's Standard Webhooks signature itself (node:crypto, not lib/webhooks, so a wrong
 * signer cannot agree with itself), records it, and answers the next status from `respondWith`
 * (then 200 for ever).
 */
export type ReceivedWebhook = { id: string; timestamp: string; signature: string; body: string; type: string | null; verified: boolean; answered: number };

export type WebhookReceiver = {
  url: string;
  /** The `whsec_…` secret to verify with; set it once the endpoint is registered. */
  secret: string | null;
  received: ReceivedWebhook[];
  /** Statuses to answer, in order, before answering 200. */
  respondWith(...statuses: number[]): void;
  /** Forgets what was received and what was going to be answered. */
  reset(): void;
  stop(): Promise<void>;
};

export function verifyStandardWebhook(secret: string, id: string, timestamp: string, body: string, signatureHeader: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = Buffer.from(`v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`);
  return signatureHeader.split(' ').some((candidate) => candidate.length === expected.length && timingSafeEqual(Buffer.from(candidate), expected));
}

export async function startWebhookReceiver(options: { port?: number } = {}): Promise<WebhookReceiver> {
  const queue: number[] = [];
  const receiver: Omit<WebhookReceiver, 'url' | 'stop'> = {
    secret: null,
    received: [],
    respondWith: (...statuses) => void queue.push(...statuses),
    reset() {
      receiver.received.length = 0;
      queue.length = 0;
    },
  };
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const header = (name: string) => String(request.headers[name] ?? '');
    const [id, timestamp, signature] = [header('webhook-id'), header('webhook-timestamp'), header('webhook-signature')];
    const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300;
    const verified = request.method === 'POST' && receiver.secret !== null && fresh && verifyStandardWebhook(receiver.secret, id, timestamp, body, signature);
    let type: string | null = null;
    try {
      type = (JSON.parse(body) as { type?: string }).type ?? null;
    } catch {}
    // A request that does not verify is refused, as a real receiver must.
    const answered = verified ? (queue.shift() ?? 200) : 401;
    receiver.received.push({ id, timestamp, signature, body, type, verified, answered });
    response.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'no');
  });
  const { url, stop } = await listenLocally(server, options.port);
  return Object.assign(receiver, { url: `${url}/hooks/medinest`, stop });
}
