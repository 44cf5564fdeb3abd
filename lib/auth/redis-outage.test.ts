import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createKeyValueStore } from '@/lib/kv';
import { UpstashStore } from '@/lib/kv/upstash-store';
import { startUpstashBridge, type UpstashBridge } from '@/test-support/upstash-bridge';
import { startRedisServer, type RedisServer } from '@/test-support/redis-server';
import { createUser } from '@/test-support/factories/users';
import { enrolmentTokenFor } from '@/test-support/enrolment-link';
import { uniqueIp } from '@/test-support/auth';
import type { AuthDeps } from './auth-deps';
import { InvalidCredentialsError, InvalidTwoFactorCodeError, RateLimitedError } from './errors';
import { checkPassword } from './sign-in';
import { confirmEnrolment, startEnrolment, verifySecondFactor } from './two-factor';
import { loadActiveUser } from './user-record';

/**
 * A real redis-server of this test's own, behind the Upstash REST bridge, is stopped and started
 * while people sign in through the store the app builds (lib/kv createKeyValueStore).
 */
let redis: RedisServer;
let bridge: UpstashBridge;
let deps: AuthDeps;

beforeAll(async () => {
  redis = await startRedisServer();
  bridge = await startUpstashBridge({ redisUrl: redis.url });
  const store = createKeyValueStore({ UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: bridge.token });
  deps = { db, store, now: () => new Date(), totpKey: randomBytes(32).toString('base64'), appUrl: 'http://shop.test' };
});

afterAll(async () => {
  await bridge?.stop();
  await redis?.stop();
});

async function duringRedisOutage(body: () => Promise<void>): Promise<void> {
  await redis.stop();
  try {
    await expect(deps.store.ping()).rejects.toThrow();
    await body();
  } finally {
    await redis.start();
  }
}

const code = (secret: string, offsetSteps = 0) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });

describe('sign-in through a Redis outage', () => {
  it('signs in with the right password, quickly, while Redis is down, and still locks a guessing address', async () => {
    const user = await createUser();
    await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, deps)).resolves.toMatchObject({ twoFactorRequired: false });

    await duringRedisOutage(async () => {
      const started = performance.now();
      await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, deps)).resolves.toMatchObject({ user: { id: user.id } });
      expect(performance.now() - started).toBeLessThan(3_000);

      // The limit still holds, counted in this process: five wrong guesses lock the address.
      const guesser = uniqueIp();
      const victim = await createUser();
      for (let i = 0; i < 5; i++) {
        await expect(checkPassword({ email: victim.email, password: `guess-${i}-wrong`, ip: guesser }, deps)).rejects.toThrow(InvalidCredentialsError);
      }
      await expect(checkPassword({ email: victim.email, password: victim.password, ip: guesser }, deps)).rejects.toThrow(RateLimitedError);
      // Keys that guard nothing (caches) still fail, for their callers to handle.
      await expect(deps.store.get('catalog:anything')).rejects.toThrow();
    });

    // Redis is back: the shared store answers again and sign-in carries on there.
    await expect.poll(() => deps.store.ping().then(() => 'up', () => 'down'), { timeout: 5_000 }).toBe('up');
    await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, deps)).resolves.toMatchObject({ user: { id: user.id } });
  });

  it('accepts a fresh two-factor code while Redis is down, and never a replayed one', async () => {
    const user = await createUser({ role: 'pharmacist' });
    const current = (await loadActiveUser(db, user.id))!;
    const token = await enrolmentTokenFor(user.id, deps);
    const { secret } = await startEnrolment(current, token, deps);
    await confirmEnrolment(current, code(secret), token, null, deps);
    const beforeOutage = code(secret, 1);
    await expect(verifySecondFactor(user.id, beforeOutage, null, deps)).resolves.toEqual({ method: 'totp' });

    // Half a minute on, so the next step's code is inside the accepted window.
    const later = { ...deps, now: () => new Date(Date.now() + 30_000) };
    await duringRedisOutage(async () => {
      // Used before the outage: still refused, the marker is in PostgreSQL.
      await expect(verifySecondFactor(user.id, beforeOutage, null, later)).rejects.toThrow(InvalidTwoFactorCodeError);
      const fresh = code(secret, 2);
      await expect(verifySecondFactor(user.id, fresh, null, later)).resolves.toEqual({ method: 'totp' });
      await expect(verifySecondFactor(user.id, fresh, null, later)).rejects.toThrow(InvalidTwoFactorCodeError);
    });
  });
});

describe('Upstash client timeouts', () => {
  it('gives up on a Redis REST endpoint that accepts the connection and never answers', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const store = new UpstashStore({ url: `http://127.0.0.1:${port}`, token: 'token', timeoutMs: 300 });
      const started = performance.now();
      await expect(store.get('lock:anything')).rejects.toThrow();
      expect(performance.now() - started).toBeLessThan(1_500);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
