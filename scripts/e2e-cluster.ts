import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { CLUSTER_STATE_FILE, INSTANCE_PORTS, NGINX_PORT, PIN_HEADER, SANDBOX_PORT, type ClusterState } from '@/e2e/support/cluster-config';
import { startUpstashBridge } from '@/test-support/upstash-bridge';
import { ensureBuild, prepareE2eApp, startNext, writeState } from './e2e-app';
import { nginxConfig } from './nginx-config';

/**
 * The shop as several instances (e2e/many-instances.spec.ts): nginx on NGINX_PORT in front of two
 * `next start` of the same build, on one PostgreSQL database and the real Redis through the Upstash
 * bridge, with the same secrets. SINGLE_INSTANCE is not set: limits, locks and the Next cache
 * live in Redis. An instance the test stops stays stopped; the rest keeps running.
 */
const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const redisUrl = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Everything this run writes to the shared Redis carries this prefix or a random key of its own.
const cachePrefix = `medinest-e2e:${randomBytes(6).toString('hex')}:`;
const bridge = await startUpstashBridge({ redisUrl });
const appUrl = `http://127.0.0.1:${NGINX_PORT}`;

const app = await prepareE2eApp({
  appUrl,
  sandboxPort: SANDBOX_PORT,
  serverDatabase: true,
  env: {
    SINGLE_INSTANCE: '',
    UPSTASH_REDIS_REST_URL: bridge.url,
    UPSTASH_REDIS_REST_TOKEN: bridge.token,
    CACHE_KEY_PREFIX: cachePrefix,
    // The bridge shares this busy test machine; the deadline itself is tested in lib/cache-handler.
    CACHE_REDIS_TIMEOUT_MS: '2000',
    // nginx, and Playwright in front of it naming each visitor in X-Forwarded-For.
    TRUSTED_PROXY_HOPS: '2',
  },
});

const children = new Set<ChildProcess>();
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await bridge.stop().catch(() => {});
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  const keys = await redis.keys(`${cachePrefix}*`).catch(() => [] as string[]);
  if (keys.length > 0) await redis.del(...keys).catch(() => {});
  redis.disconnect();
  await app.close();
  rmSync(CLUSTER_STATE_FILE, { force: true });
  rmSync(nginxDir, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const nginxDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-nginx-'));
if (!ensureBuild(app.env)) await shutdown(1);

const names = ['one', 'two'] as const;
const instances = INSTANCE_PORTS.map((port, i) => {
  const child = startNext(port, app.env);
  children.add(child);
  // A stopped instance is part of the test; only the launcher's own shutdown ends the run.
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) console.log(`[cluster] instance ${names[i]} (port ${port}) exited (${signal ?? code})`);
  });
  return { name: names[i]!, url: `http://127.0.0.1:${port}`, pid: child.pid!, port };
});

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}
for (const instance of instances) {
  const deadline = Date.now() + 120_000;
  while (!(await healthy(instance.url))) {
    if (Date.now() > deadline) {
      console.error(`[cluster] instance ${instance.name} did not become healthy`);
      await shutdown(1);
    }
    await sleep(250);
  }
}

writeFileSync(path.join(nginxDir, 'nginx.conf'), nginxConfig({ dir: nginxDir, listenPort: NGINX_PORT, instances, pinHeader: PIN_HEADER }));
const nginx = spawn(NGINX, ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf'), '-e', 'stderr'], { stdio: 'inherit' });
children.add(nginx);
nginx.on('exit', (code) => {
  children.delete(nginx);
  if (!stopping) {
    console.error(`[cluster] nginx exited (${code})`);
    void shutdown(1);
  }
});

const state: ClusterState = { databaseUrl: app.state.databaseUrl, appUrl, cronSecret: app.state.cronSecret, instances: instances.map(({ name, url, pid }) => ({ name, url, pid })) };
writeState(CLUSTER_STATE_FILE, state);
console.log(`[cluster] nginx on ${appUrl} in front of ${instances.map((i) => i.url).join(' and ')}`);
