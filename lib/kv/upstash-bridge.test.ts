import { randomUUID } from 'node:crypto';
import { Redis } from '@upstash/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUpstashBridge, type UpstashBridge } from '@/test-support/upstash-bridge';

const key = `medinest-test:${randomUUID()}:bridge`;
let bridge: UpstashBridge;

beforeAll(async () => {
  bridge = await startUpstashBridge();
});

afterAll(async () => {
  await new Redis({ url: bridge.url, token: bridge.token }).del(key);
  await bridge.stop();
});

function post(path: string, body: unknown, token = bridge.token) {
  return fetch(`${bridge.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('upstash bridge', () => {
  it('refuses a wrong token with 401, and the SDK reports it', async () => {
    const response = await post('/', ['ping'], 'not-the-token');
    expect(response.status).toBe(401);
    const sdk = new Redis({ url: bridge.url, token: 'not-the-token', retry: false });
    await expect(sdk.ping()).rejects.toThrow(/Unauthorized/);
  });

  it('runs single commands on / and answers a Redis error with 400', async () => {
    expect(await (await post('/', ['ping'])).json()).toEqual({ result: 'PONG' });
    const failed = await post('/', ['incr']);
    expect(failed.status).toBe(400);
    expect((await failed.json()).error).toMatch(/wrong number of arguments/);
  });

  it('base64-encodes results when asked, so the SDK reads non-ASCII text back intact', async () => {
    // Both encodings the SDK can be configured for, through its auto-pipelined and direct paths.
    for (const [responseEncoding, enableAutoPipelining] of [[undefined, true], [false, false]] as const) {
      const sdk = new Redis({ url: bridge.url, token: bridge.token, responseEncoding, enableAutoPipelining });
      await sdk.set(key, 'सिटामोल ५०० मि.ग्रा.');
      expect(await sdk.get(key)).toBe('सिटामोल ५०० मि.ग्रा.');
    }
  });

  it('reports a failed command inside a pipeline without failing the others', async () => {
    const response = await post('/pipeline', [['set', key, 'x'], ['incr', key], ['get', key]]);
    const results = await response.json();
    expect(results[0]).toEqual({ result: 'OK' });
    expect(results[1].error).toMatch(/not an integer/);
    expect(results[2]).toEqual({ result: 'x' });
  });
});
