import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createDatabase } from '@/db/connection';
import { MemoryStore } from '@/lib/kv/memory-store';
import { UpstashStore } from '@/lib/kv/upstash-store';
import { startUpstashBridge } from '@/test-support/upstash-bridge';
import { freePort } from '@/test-support/test-database';
import { GET } from '@/app/api/health/route';
import { checkHealth } from './health';

describe('health', () => {
  it('answers 200 with every part ok', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok', kv: 'ok' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('reports ok with the Upstash adapter on real Redis', async () => {
    const bridge = await startUpstashBridge({ port: 0 });
    try {
      const report = await checkHealth({ db, kv: new UpstashStore({ url: bridge.url, token: bridge.token }) });
      expect(report).toEqual({ status: 'ok', db: 'ok', kv: 'ok' });
    } finally {
      await bridge.stop();
    }
  });

  it('names the database when it is down', async () => {
    const port = await freePort();
    const { db: unreachable, client } = createDatabase({ url: `postgres://postgres@127.0.0.1:${port}/none`, embedded: false, poolMax: 1 });
    try {
      const report = await checkHealth({ db: unreachable, kv: new MemoryStore(), timeoutMs: 1_500 });
      expect(report).toEqual({ status: 'degraded', db: 'down', kv: 'ok' });
    } finally {
      await client.end({ timeout: 1 });
    }
  });

  it('names the cache when it is down', async () => {
    const port = await freePort();
    const report = await checkHealth({ db, kv: new UpstashStore({ url: `http://127.0.0.1:${port}`, token: 't' }), timeoutMs: 1_500 });
    expect(report).toEqual({ status: 'degraded', db: 'ok', kv: 'down' });
  });
});
