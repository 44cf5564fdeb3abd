import 'server-only';
import { env } from '@/lib/env';
import { MemoryStore } from './memory-store';
import type { KeyValueStore } from './types';
import { UpstashStore } from './upstash-store';

export type { IncrementResult, KeyValueStore } from './types';

export interface KeyValueStoreConfig {
  UPSTASH_REDIS_REST_URL?: string;
  UPSTASH_REDIS_REST_TOKEN?: string;
}

/** Upstash when it is configured; otherwise memory, which is correct only for a single instance. */
export function createKeyValueStore(config: KeyValueStoreConfig): KeyValueStore {
  const url = config.UPSTASH_REDIS_REST_URL;
  if (!url) return new MemoryStore();
  const token = config.UPSTASH_REDIS_REST_TOKEN;
  if (!token) throw new Error('UPSTASH_REDIS_REST_TOKEN is required when UPSTASH_REDIS_REST_URL is set');
  return new UpstashStore({ url, token });
}

// Kept on globalThis so dev hot reloads keep the memory store's counters instead of resetting them.
const globalForKv = globalThis as typeof globalThis & { medinestKv?: KeyValueStore };

export const kv: KeyValueStore = (globalForKv.medinestKv ??= createKeyValueStore(env));
