import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for UploadThing's API and ingest servers, speaking the wire protocol the real
 * `uploadthing/server` SDK uses (v7): signed PUT to the ingest URL, then /v6/requestFileAccess for
 * a signed download URL, /v6/deleteFiles. Point the SDK at it with `apiUrl` and `ingestUrl`.
 */
export type FakeUploadThing = {
  url: string;
  token: string;
  files: Map<string, { bytes: Buffer; acl: string | null; name: string | null }>;
  stop: () => Promise<void>;
};

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sign(payload: string, apiKey: string): string {
  return `hmac-sha256=${createHmac('sha256', apiKey).update(payload).digest('hex')}`;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startFakeUploadThing(): Promise<FakeUploadThing> {
  const apiKey = `sk_test_${randomBytes(16).toString('hex')}`;
  const appId = 'medinestfake';
  const token = Buffer.from(JSON.stringify({ apiKey, appId, regions: ['fake-region'] })).toString('base64');
  const files: FakeUploadThing['files'] = new Map();
  let base = '';

  const json = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', base);
      if (request.method === 'PUT') {
        // The SDK signs the full URL and appends `&signature=` last.
        const full = `${base}${request.url}`;
        const at = full.lastIndexOf('&signature=');
        const signature = decodeURIComponent(full.slice(at + '&signature='.length));
        if (at < 0 || !sameText(signature, sign(full.slice(0, at), apiKey))) return json(response, 403, { error: 'bad signature' });
        if (Number(url.searchParams.get('expires')) < Date.now()) return json(response, 403, { error: 'expired' });
        const body = await readBody(request);
        const form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers['content-type'] ?? '' } }).formData();
        const file = form.get('file');
        if (!(file instanceof Blob)) return json(response, 400, { error: 'no file' });
        const key = url.pathname.slice(1);
        files.set(key, {
          bytes: Buffer.from(await file.arrayBuffer()),
          acl: url.searchParams.get('x-ut-acl'),
          name: url.searchParams.get('x-ut-file-name'),
        });
        const ufsUrl = `${base}/f/${key}`;
        return json(response, 200, { url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: 'fake' });
      }
      if (request.method === 'POST' && url.pathname.startsWith('/v6/')) {
        if (request.headers['x-uploadthing-api-key'] !== apiKey) return json(response, 401, { error: 'bad api key' });
        const body = JSON.parse((await readBody(request)).toString('utf8') || '{}');
        if (url.pathname === '/v6/requestFileAccess') {
          const key = String(body.fileKey);
          const signed = `${base}/f/${encodeURIComponent(key)}?sig=${createHmac('sha256', apiKey).update(key).digest('hex')}`;
          return json(response, 200, { url: signed, ufsUrl: signed });
        }
        if (url.pathname === '/v6/deleteFiles') {
          let deletedCount = 0;
          for (const key of body.fileKeys ?? []) if (files.delete(key)) deletedCount += 1;
          return json(response, 200, { success: true, deletedCount });
        }
        return json(response, 404, { error: 'unknown endpoint' });
      }
      if (request.method === 'GET' && url.pathname.startsWith('/f/')) {
        const key = decodeURIComponent(url.pathname.slice(3));
        const file = files.get(key);
        const expected = createHmac('sha256', apiKey).update(key).digest('hex');
        // Private files need the signed URL, as on the real service.
        if (file?.acl === 'private' && url.searchParams.get('sig') !== expected) return json(response, 403, { error: 'private' });
        if (!file) return json(response, 404, { error: 'not found' });
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        return response.end(file.bytes);
      }
      json(response, 404, { error: 'not found' });
    } catch (error) {
      json(response, 500, { error: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    token,
    files,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
