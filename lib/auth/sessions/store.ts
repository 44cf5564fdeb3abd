import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, ne, type SQL } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { sessions, users, type SessionEndReason } from '@/db/schema';
import type { Role } from '../roles';
import type { CurrentUser } from '../user-record';
import { absoluteLifetimeMs, effectiveExpiry, idleTimeoutMs, LAST_SEEN_RESOLUTION_MS } from './lifetime';

type Executor = Database | Transaction;

export type LiveSession = { sessionId: string; user: CurrentUser; twoFactorVerified: boolean; expiresAt: Date };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_USER_AGENT = 200;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Records a new signed-in browser and returns the token its cookie carries (256 random bits; only
 * the hash is stored). The lifetime is fixed here, from the role, and never extended.
 */
export async function startSession(
  executor: Executor,
  input: { userId: string; role: Role; twoFactorVerified: boolean; ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + absoluteLifetimeMs(input.role));
  const [row] = await executor
    .insert(sessions)
    .values({
      tokenHash: hashSessionToken(token),
      userId: input.userId,
      twoFactorVerified: input.twoFactorVerified,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      userAgent: input.userAgent?.trim().slice(0, MAX_USER_AGENT) || null,
      ip: input.ip,
    })
    .returning({ id: sessions.id });
  return { token, sessionId: row!.id, expiresAt };
}

/**
 * The live session behind a cookie's token, with its user: one indexed lookup joined with users.
 * Revoked, expired, idle (staff) or disabled-user sessions are null. `last seen` moves at most
 * once a minute. Nothing is cached in the process, so a revoke on any instance holds at once.
 */
export async function findLiveSession(executor: Executor, token: string, now = new Date()): Promise<LiveSession | null> {
  if (!TOKEN.test(token)) return null;
  return liveSessionWhere(executor, eq(sessions.tokenHash, hashSessionToken(token)), now);
}

/**
 * The same, by the session's id: an API access token (lib/api/tokens) names its session record,
 * so a sign-out, a revoked refresh family or a disabled user ends the token at once.
 */
export async function findLiveSessionById(executor: Executor, sessionId: string, now = new Date()): Promise<LiveSession | null> {
  if (!UUID.test(sessionId)) return null;
  return liveSessionWhere(executor, eq(sessions.id, sessionId), now);
}

async function liveSessionWhere(executor: Executor, where: SQL, now: Date): Promise<LiveSession | null> {
  const [row] = await executor
    .select({
      sessionId: sessions.id,
      twoFactorVerified: sessions.twoFactorVerified,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      revokedAt: sessions.revokedAt,
      id: users.id,
      email: users.email,
      name: users.name,
      phone: users.phone,
      role: users.role,
      totpEnabledAt: users.totpEnabledAt,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(where)
    .limit(1);
  if (!row || row.revokedAt || row.disabledAt || row.expiresAt <= now) return null;

  const idle = idleTimeoutMs(row.role);
  if (idle !== null && now.getTime() - row.lastSeenAt.getTime() > idle) {
    await revokeSessions(executor, eq(sessions.id, row.sessionId), 'idle', now);
    return null;
  }
  let lastSeenAt = row.lastSeenAt;
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await executor
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.id, row.sessionId), lt(sessions.lastSeenAt, new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS))));
    lastSeenAt = now;
  }
  return {
    sessionId: row.sessionId,
    twoFactorVerified: row.twoFactorVerified,
    expiresAt: effectiveExpiry(row.role, { expiresAt: row.expiresAt, lastSeenAt }),
    user: { id: row.id, email: row.email, name: row.name, phone: row.phone, role: row.role, twoFactorEnabled: row.totpEnabledAt !== null },
  };
}

/** Ends one session (sign-out, or a newer session for the same browser). */
export async function endSession(executor: Executor, sessionId: string, reason: SessionEndReason, now = new Date()): Promise<void> {
  await revokeSessions(executor, eq(sessions.id, sessionId), reason, now);
}

/**
 * Ends every open session of a user, or all but one (`keep`). Callers run it in the same
 * transaction as the change that requires it (password, role, two-factor, disabling).
 */
export async function endUserSessions(executor: Executor, userId: string, reason: SessionEndReason, options: { keep?: string; now?: Date } = {}): Promise<number> {
  const scope = options.keep ? and(eq(sessions.userId, userId), ne(sessions.id, options.keep))! : eq(sessions.userId, userId);
  return revokeSessions(executor, scope, reason, options.now ?? new Date());
}

async function revokeSessions(executor: Executor, scope: SQL, reason: SessionEndReason, now: Date): Promise<number> {
  const ended = await executor
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(scope, isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return ended.length;
}
