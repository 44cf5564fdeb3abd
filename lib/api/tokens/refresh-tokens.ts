import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { apiRefreshTokens, sessions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { findLiveSessionById, startSession } from '@/lib/auth/sessions/store';
import type { CurrentUser } from '@/lib/auth/user-record';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from './access-token';

/** What a sign-in or a refresh answers (OAuth 2.0's token response field names). */
export type TokenPair = { accessToken: string; tokenType: 'Bearer'; expiresIn: number; refreshToken: string; refreshTokenExpiresAt: string };

// 256 random bits behind a prefix, so a leaked token is recognisable in logs and secret scanners.
const PREFIX = 'mnr_';
const TOKEN = /^mnr_[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export type TokenDeps = { db: Database; accessKey: Uint8Array; now: () => Date };

/**
 * An app signs in: a new session record (the same table browsers use, so /account/sessions lists
 * it and every "end all sessions" ends it) and the first refresh token of its family.
 */
export async function issueTokens(
  deps: TokenDeps,
  user: Pick<CurrentUser, 'id' | 'role'>,
  client: { ip: string | null; userAgent: string | null },
  { twoFactorVerified }: { twoFactorVerified: boolean },
): Promise<TokenPair> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    // Refreshing keeps the session, so a staff token stays two-factor verified only as long as it.
    const session = await startSession(tx, { userId: user.id, role: user.role, twoFactorVerified, ip: client.ip, userAgent: client.userAgent }, now);
    const refreshToken = PREFIX + randomBytes(32).toString('base64url');
    await tx.insert(apiRefreshTokens).values({ sessionId: session.sessionId, tokenHash: hashOf(refreshToken), createdAt: now, expiresAt: session.expiresAt });
    return pair(deps, user.id, session.sessionId, refreshToken, session.expiresAt);
  });
}

export type RefreshOutcome = { kind: 'rotated'; tokens: TokenPair } | { kind: 'invalid' } | { kind: 'reused' };

/**
 * Trades a refresh token for a new pair. Each token works once: the row is locked, marked used and
 * its successor written in one transaction, so of two concurrent uses exactly one wins. A token
 * that was already used is a stolen copy or a replay: the whole family (its session) is revoked,
 * so the thief's and the owner's tokens both stop, and the owner signs in again.
 */
export async function rotateRefreshToken(deps: TokenDeps, token: string, ip: string | null): Promise<RefreshOutcome> {
  if (!TOKEN.test(token)) return { kind: 'invalid' };
  const now = deps.now();
  return deps.db.transaction(async (tx): Promise<RefreshOutcome> => {
    const [row] = await tx
      .select({ id: apiRefreshTokens.id, sessionId: apiRefreshTokens.sessionId, usedAt: apiRefreshTokens.usedAt, expiresAt: apiRefreshTokens.expiresAt })
      .from(apiRefreshTokens)
      .where(eq(apiRefreshTokens.tokenHash, hashOf(token)))
      .for('update');
    if (!row) return { kind: 'invalid' };
    if (row.usedAt) {
      const [ended] = await tx
        .update(sessions)
        .set({ revokedAt: now, revokedReason: 'refresh_token_reused' })
        .where(and(eq(sessions.id, row.sessionId), isNull(sessions.revokedAt)))
        .returning({ userId: sessions.userId });
      if (ended) {
        await recordAudit(tx, { actorId: null, actorRole: null, action: 'auth.api_refresh_token_reused', entityType: 'user', entityId: ended.userId, ip, details: { sessionId: row.sessionId } });
      }
      return { kind: 'reused' };
    }
    if (row.expiresAt <= now) return { kind: 'invalid' };
    const live = await findLiveSessionById(tx, row.sessionId, now);
    if (!live) return { kind: 'invalid' };

    await tx.update(apiRefreshTokens).set({ usedAt: now }).where(eq(apiRefreshTokens.id, row.id));
    const next = PREFIX + randomBytes(32).toString('base64url');
    await tx.insert(apiRefreshTokens).values({ sessionId: row.sessionId, tokenHash: hashOf(next), createdAt: now, expiresAt: row.expiresAt });
    return { kind: 'rotated', tokens: await pair(deps, live.user.id, row.sessionId, next, row.expiresAt) };
  });
}

async function pair(deps: TokenDeps, userId: string, sessionId: string, refreshToken: string, refreshExpiresAt: Date): Promise<TokenPair> {
  return {
    accessToken: await signAccessToken(deps.accessKey, { userId, sessionId }, deps.now()),
    tokenType: 'Bearer',
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    refreshToken,
    refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
  };
}
