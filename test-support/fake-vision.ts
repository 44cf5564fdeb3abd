import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Google Cloud Vision's REST endpoint (`POST /v1/images:annotate`), which the
 * real @google-cloud/vision client uses with `fallback: true`, `protocol: 'http'` and an API key.
 * It answers every image with the text it was given.
 */
export type FakeVision = {
  endpoint: string;
  apiKey: string;
  requests: { features: unknown; imageBytes: number }[];
  setText: (text: string) => void;
  stop: () => Promise<void>;
};

export async function startFakeVision(initialText = ''): Promise<FakeVision> {
  const apiKey = 'fake-vision-key';
  let text = initialText;
  const requests: FakeVision['requests'] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.method !== 'POST' || !request.url?.startsWith('/v1/images:annotate')) return reply(404, { error: { code: 404, message: 'not found' } });
      if (request.headers['x-goog-api-key'] !== apiKey) return reply(401, { error: { code: 401, message: 'API key not valid', status: 'UNAUTHENTICATED' } });
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { requests: { image: { content: string }; features: unknown }[] };
      const responses = body.requests.map((r) => {
        requests.push({ features: r.features, imageBytes: Buffer.from(r.image.content, 'base64').length });
        return { fullTextAnnotation: { text, pages: [{ confidence: 0.93 }] }, textAnnotations: [{ description: text }] };
      });
      reply(200, { responses });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    setText: (next) => {
      text = next;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
