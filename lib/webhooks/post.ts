import http from 'node:http';
import https from 'node:https';
import { checkWebhookUrl, guardedLookup, WebhookAddressError, type AddressPolicy, type Lookup } from './address-guard';

export type PostOutcome = { code: number | null; error: string | null; ms: number };

/**
 * One POST to a partner. The socket only reaches addresses the guard allows (checked on the
 * connection's own DNS answer); redirects are not followed; the whole exchange is bounded by
 * `timeoutMs`. `lookup` replaces the system resolver (tests). Any 2xx is success; the answer's body is read a little and thrown away.
 */
export async function postWebhook(url: URL, headers: Record<string, string>, body: string, options: { timeoutMs: number; policy: AddressPolicy; lookup?: Lookup }): Promise<PostOutcome> {
  const started = Date.now();
  const done = (code: number | null, error: string | null): PostOutcome => ({ code, error, ms: Date.now() - started });
  // The URL's own rules again (scheme, IP literals, which Node connects to without asking `lookup`).
  try {
    checkWebhookUrl(url.toString(), options.policy);
  } catch (error) {
    return done(null, `Refused: ${(error as Error).message}`);
  }

  const client = url.protocol === 'https:' ? https : http;
  return new Promise<PostOutcome>((resolve) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'MediNest-Webhooks/1' },
        lookup: guardedLookup(options.policy, options.lookup) as never,
        signal: AbortSignal.timeout(options.timeoutMs),
        agent: false,
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > 64 * 1024) response.destroy();
        });
        const code = response.statusCode ?? null;
        const finish = () => resolve(done(code, code !== null && code >= 200 && code < 300 ? null : `HTTP ${code}`));
        response.on('end', finish);
        response.on('close', finish);
        response.on('error', finish);
      },
    );
    request.on('error', (error: Error & { code?: string }) => {
      const cause = error instanceof WebhookAddressError ? `Refused: ${error.message}` : error.name === 'AbortError' || error.name === 'TimeoutError' ? `No answer within ${options.timeoutMs} ms` : `${error.code ?? error.name}: ${error.message}`;
      resolve(done(null, cause.slice(0, 300)));
    });
    request.end(body);
  });
}
