import 'server-only';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { effectiveExpiry } from './lifetime';
import { endSession, endUserSessions } from './store';

export type SignedInDevice = { id: string; thisDevice: boolean; createdAt: Date; lastSeenAt: Date; ip: string | null; device: string | null };

/** The user's open sessions for /account/sessions, most recently used first; this browser's is marked. */
export async function listSignedInDevices(database: Database, user: { id: string }, currentSessionId: string | null, now = new Date()): Promise<SignedInDevice[]> {
  const rows = await database
    .select({ id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt, ip: sessions.ip, device: sessions.userAgent, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(100);
  return rows
    .filter((row) => effectiveExpiry(row.role, row) > now)
    .map(({ expiresAt: _expiresAt, role: _role, ...row }) => ({ ...row, thisDevice: row.id === currentSessionId }));
}

/** Signs one of the user's own devices out; a session id of someone else's changes nothing. */
export async function signOutDevice(database: Database, user: { id: string }, sessionId: string): Promise<boolean> {
  const [owned] = await database.select({ id: sessions.id }).from(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.userId, user.id), isNull(sessions.revokedAt))).limit(1);
  if (!owned) return false;
  await endSession(database, owned.id, 'signed_out_elsewhere');
  return true;
}

/** "Sign out everywhere": every other device, or this one too when `includingThis`. */
export async function signOutEverywhere(database: Database, user: { id: string }, currentSessionId: string | null, includingThis: boolean): Promise<number> {
  return endUserSessions(database, user.id, 'signed_out_elsewhere', { keep: includingThis || !currentSessionId ? undefined : currentSessionId });
}
