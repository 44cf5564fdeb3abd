import { spawnSync } from 'node:child_process';
import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, randomUUID, verify, type ECDH } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A local Web Push service (RFC 8030) for tests: a real HTTPS server the real `web-push` library
 * posts to. It keeps every request as it came (headers and the encrypted body), checks the VAPID
 * JWT's ES256 signature (RFC 8292), and answers 201, or the status a test asked for (410: the
 * browser is gone). Tests make subscriptions that point at it with `createTestSubscription`, whose
 * private key lets `decryptPushMessage` read a message (RFC 8291, aes128gcm): proof the shop sent
 * the right words, encrypted to the right browser. Its certificate is self-signed, made with
 * openssl at start; trust it with `ca` (an https.Agent) or NODE_EXTRA_CA_CERTS=`caFile`.
 * Over HTTP for other processes: GET /__requests (bodies in base64), POST /__respond.
 */

export type ReceivedPush = {
  path: string;
  headers: { ttl: string | undefined; urgency: string | undefined; contentEncoding: string | undefined; authorization: string | undefined };
  body: Buffer;
  vapid: VapidCheck;
  answeredStatus: number;
};
export type VapidCheck = { valid: boolean; publicKey: string | null; subject: string | null; audience: string | null; error: string | null };

export type FakePushService = {
  url: string;
  /** The self-signed certificate (PEM) and a file holding it. */
  ca: string;
  caFile: string;
  requests: ReceivedPush[];
  /** Answers this status to every request for the path (e.g. 410), until cleared with null. */
  respondTo(pathname: string, status: number | null): void;
  stop(): Promise<void>;
};

/** A browser's subscription, made here: what it sends the shop, and the private half only the browser has. */
export type TestSubscription = {
  json: { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } };
  privateKey: string;
};

export function createTestSubscription(serviceUrl: string): TestSubscription {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    json: { endpoint: `${serviceUrl}/push/${randomUUID()}`, expirationTime: null, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } },
    privateKey: ecdh.getPrivateKey().toString('base64url'),
  };
}

/**
 * Decrypts an aes128gcm Web Push message (RFC 8291 §3.4, RFC 8188): the header names the salt,
 * the record size and the sender's one-time public key; the keys come from ECDH with the
 * browser's private key and the auth secret.
 */
export function decryptPushMessage(body: Buffer, subscription: Pick<TestSubscription, 'privateKey'> & { json: { keys: { p256dh: string; auth: string } } }): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const keyIdLength = body[20]!;
  const senderPublicKey = body.subarray(21, 21 + keyIdLength);
  const records = body.subarray(21 + keyIdLength);
  if (keyIdLength !== 65) throw new Error(`expected a 65-byte sender key, got ${keyIdLength}`);
  if (records.length > recordSize) throw new Error('more than one record: the shop sends short messages');

  const browser: ECDH = createECDH('prime256v1');
  browser.setPrivateKey(Buffer.from(subscription.privateKey, 'base64url'));
  const browserPublicKey = Buffer.from(subscription.json.keys.p256dh, 'base64url');
  const ecdhSecret = browser.computeSecret(senderPublicKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browserPublicKey, senderPublicKey]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, Buffer.from(subscription.json.keys.auth, 'base64url'), keyInfo, 32));
  const contentKey = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));

  const decipher = createDecipheriv('aes-128-gcm', contentKey, nonce);
  decipher.setAuthTag(records.subarray(records.length - 16));
  const padded = Buffer.concat([decipher.update(records.subarray(0, records.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then any zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('the last record has no 0x02 delimiter');
  return padded.subarray(0, end).toString('utf8');
}

/** Checks `Authorization: vapid t=<JWT>, k=<public key>`: ES256 over the JWT with k, for this service's origin, not expired. */
export function checkVapid(authorization: string | undefined, origin: string, now = Date.now()): VapidCheck {
  const fail = (error: string, partial: Partial<VapidCheck> = {}): VapidCheck => ({ valid: false, publicKey: null, subject: null, audience: null, error, ...partial });
  const match = /^vapid t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+), k=([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!match) return fail('no vapid authorization');
  const [, token, publicKey] = match as unknown as [string, string, string];
  const [header, claims, signature] = token.split('.') as [string, string, string];
  const point = Buffer.from(publicKey, 'base64url');
  if (point.length !== 65 || point[0] !== 4) return fail('k is not a P-256 public key');
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, format: 'jwk' });
  const signed = verify('sha256', Buffer.from(`${header}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  const parsedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: string };
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { aud?: string; exp?: number; sub?: string };
  const partial = { publicKey, subject: body.sub ?? null, audience: body.aud ?? null };
  if (parsedHeader.alg !== 'ES256') return fail(`alg ${parsedHeader.alg}`, partial);
  if (!signed) return fail('bad signature', partial);
  if (body.aud !== origin) return fail(`audience ${body.aud} is not ${origin}`, partial);
  // RFC 8292 §2: at most 24 hours ahead.
  if (typeof body.exp !== 'number' || body.exp * 1000 < now || body.exp * 1000 > now + 24 * 60 * 60 * 1000) return fail('expiry out of range', partial);
  if (!/^(mailto:|https:)/.test(body.sub ?? '')) return fail('subject is not mailto: or https:', partial);
  return { valid: true, error: null, ...partial };
}

function selfSignedCertificate(): { key: string; cert: string; dir: string; caFile: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'medinest-fake-push-'));
  const keyFile = path.join(dir, 'key.pem');
  const caFile = path.join(dir, 'cert.pem');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile, '-out', caFile, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl could not make the fake push service's certificate: ${made.stderr}`);
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(caFile, 'utf8'), dir, caFile };
}

function readRaw(request: IncomingMessage, maxBytes = 8192): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    request.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) request.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startFakePushService(options: { port?: number } = {}): Promise<FakePushService> {
  const certificate = selfSignedCertificate();
  const requests: ReceivedPush[] = [];
  const answers = new Map<string, number>();
  let origin = '';

  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (request, response) => {
    const url = new URL(request.url ?? '/', origin);
    void (async () => {
      const body = await readRaw(request);
      if (request.method === 'GET' && url.pathname === '/__requests') {
        const listed = requests.map((r) => ({ ...r, body: r.body.toString('base64') }));
        return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(listed));
      }
      if (request.method === 'POST' && url.pathname === '/__respond') {
        const { path: target, status } = JSON.parse(body.toString('utf8')) as { path: string; status: number | null };
        if (status === null) answers.delete(target);
        else answers.set(target, status);
        return void response.writeHead(204).end();
      }
      if (request.method !== 'POST' || !url.pathname.startsWith('/push/')) return void response.writeHead(404).end();
      const status = answers.get(url.pathname) ?? 201;
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value.join(', ') : value;
      };
      requests.push({
        path: url.pathname,
        headers: { ttl: header('ttl'), urgency: header('urgency'), contentEncoding: header('content-encoding'), authorization: header('authorization') },
        body,
        vapid: checkVapid(header('authorization'), origin),
        answeredStatus: status,
      });
      response.writeHead(status, status === 201 ? { location: `${origin}/message/${randomUUID()}` } : {}).end();
    })().catch(() => response.writeHead(500).end());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    ca: certificate.cert,
    caFile: certificate.caFile,
    requests,
    respondTo(pathname, status) {
      if (status === null) answers.delete(pathname);
      else answers.set(pathname, status);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(certificate.dir, { recursive: true, force: true });
    },
  };
}

/** What the fake in another process received (the e2e server's), bodies as Buffers again. */
export async function readFakePushRequests(url: string, ca: string): Promise<ReceivedPush[]> {
  const listed = (await httpsJson(`${url}/__requests`, ca, 'GET')) as (Omit<ReceivedPush, 'body'> & { body: string })[];
  return listed.map((r) => ({ ...r, body: Buffer.from(r.body, 'base64') }));
}

/** Asks the fake in another process to answer `status` for a subscription's path (null: back to 201). */
export async function setFakePushAnswer(url: string, ca: string, pathname: string, status: number | null): Promise<void> {
  await httpsJson(`${url}/__respond`, ca, 'POST', { path: pathname, status });
}

async function httpsJson(url: string, ca: string, method: 'GET' | 'POST', body?: unknown): Promise<unknown> {
  const { request } = await import('node:https');
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, ca, headers: body === undefined ? {} : { 'content-type': 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(text ? JSON.parse(text) : null);
      });
    });
    outgoing.on('error', reject);
    outgoing.end(body === undefined ? undefined : JSON.stringify(body));
  });
}
