import 'server-only';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { MemoryStore } from './memory-store';
import { SecurityFallbackStore } from './security-fallback-store';
import type { KeyValueStore } from './types';
import { UpstashStore } from './upstash-store';

export type { IncrementResult, KeyValueStore } from './types';

export interface KeyValueStoreConfig {
  UPSTASH_REDIS_REST_URL?: string;
  UPSTASH_REDIS_REST_TOKEN?: string;
  UPSTASH_TIMEOUT_MS?: number;
}

/**
 * Upstash when it is configured; otherwise memory, which is correct only for a single instance.
 * Upstash sits behind SecurityFallbackStore: when Redis is down, sign-in locks and rate limits
 * are counted in this process instead of failing every sign-in.
 */
export function createKeyValueStore(config: KeyValueStoreConfig): KeyValueStore {
  const url = config.UPSTASH_REDIS_REST_URL;
  if (!url) return new MemoryStore();
  const token = config.UPSTASH_REDIS_REST_TOKEN;
  if (!token) throw new Error('UPSTASH_REDIS_REST_TOKEN is required when UPSTASH_REDIS_REST_URL is set');
  return new SecurityFallbackStore(new UpstashStore({ url, token, timeoutMs: config.UPSTASH_TIMEOUT_MS }), {
    onFallback: (error, key) =>
      logger.warn({ err: error, key: key.slice(0, key.indexOf(':') + 1) }, 'Redis unreachable: sign-in limits and rate limits count in this process until it answers'),
  });
}

// Kept on globalThis so dev hot reloads keep the memory store's counters instead of resetting them.
const globalForKv = globalThis as typeof globalThis & { medinestKv?: KeyValueStore };

export const kv: KeyValueStore = (globalForKv.medinestKv ??= createKeyValueStore(env));
