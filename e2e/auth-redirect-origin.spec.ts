import http from 'node:http';
import { expect, test } from '@playwright/test';
import { e2eState } from './support/e2e-config';

/**
 * Issue 12, finding 2 (last part): next-auth builds its own redirects from the request's Host (or
 * X-Forwarded-Host, with AUTH_TRUST_HOST). A request naming another host must still be sent to
 * APP_URL, never to the name the client made up.
 */
const appUrl = (): string => e2eState().appUrl;
const FOREIGN_HOST = 'shop.evil.example';

type Answer = { status: number; location: string | null; setCookie: string[]; body: string };

/** A raw request, so the Host header is exactly what an attacker (or a misconfigured proxy) sends. */
function send(method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const target = new URL(path, appUrl());
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers: { ...headers, ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? null, setCookie: response.headers['set-cookie'] ?? [], body: text }),
        );
      },
    );
    request.on('error', reject);
    if (body) request.write(body);
    request.end();
  });
}

/**
 * The Location itself and every address inside it (callbackUrl …) are on APP_URL. A relative
 * Location stays on whatever host the browser used, which is ours when it got here.
 */
function expectOnAppUrl(answer: Answer, label: string) {
  expect(answer.status, `${label}: status`).toBeGreaterThanOrEqual(300);
  expect(answer.status, `${label}: status`).toBeLessThan(400);
  expect(answer.location, `${label}: Location`).not.toBeNull();
  const own = new URL(appUrl()).origin;
  expect(new URL(answer.location!, own).origin, `${label}: Location ${answer.location}`).toBe(own);
  const named = [...decodeURIComponent(answer.location!).matchAll(/https?:\/\/[^/?#&\s]+/g)].map((m) => new URL(m[0]).origin);
  for (const origin of named) expect(origin, `${label}: Location ${answer.location}`).toBe(own);
}

const cookieHeader = (setCookie: string[]) => setCookie.map((line) => line.split(';')[0]).join('; ');

for (const [name, hostHeaders] of [
  ['Host', { host: FOREIGN_HOST }],
  ['X-Forwarded-Host', { 'x-forwarded-host': FOREIGN_HOST, 'x-forwarded-proto': 'https' }],
] as const) {
  test(`next-auth's redirects name APP_URL when the request's ${name} header names another host`, async () => {
    const signInPage = await send('GET', '/api/auth/signin', hostHeaders);
    expectOnAppUrl(signInPage, 'GET /api/auth/signin');

    const csrf = await send('GET', '/api/auth/csrf', hostHeaders);
    expect(csrf.status).toBe(200);
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const form = (fields: Record<string, string>) => new URLSearchParams({ csrfToken, ...fields }).toString();
    const posted = { ...hostHeaders, 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(csrf.setCookie), origin: new URL(appUrl()).origin };

    const signOut = await send('POST', '/api/auth/signout', posted, form({ callbackUrl: '/orders' }));
    expectOnAppUrl(signOut, 'POST /api/auth/signout');

    // A forged ticket: next-auth sends the browser to its error page (our /login).
    const refused = await send('POST', '/api/auth/callback/credentials', posted, form({ ticket: 'forged', callbackUrl: '/orders' }));
    expectOnAppUrl(refused, 'POST /api/auth/callback/credentials');

    // Without the CSRF cookie next-auth refuses the post, again by redirecting.
    const noCsrf = await send('POST', '/api/auth/signout', { ...hostHeaders, 'content-type': 'application/x-www-form-urlencoded', origin: new URL(appUrl()).origin }, form({}));
    expectOnAppUrl(noCsrf, 'POST /api/auth/signout without the CSRF cookie');
  });
}
