import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { partnerApiKeys } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Role } from '@/lib/auth/roles';
import { DomainError } from '@/lib/errors';
import { pageWindow } from '@/lib/pagination';
import { PARTNER_SCOPES, type PartnerScope } from './contract/scopes';

/**
 * Keys for partners' servers (a delivery firm reading the orders it carries, an insurer), as
 * opposed to a shopper's app, which signs in with a password. An admin issues a key with scopes;
 * it is shown once (`mnk_` + 256 random bits) and only its SHA-256 is stored. Every use is
 * audited, and a revoked key stops at once on every instance (each request reads the row).
 */

const KEY_PATTERN = /^mnk_[A-Za-z0-9_-]{43}$/;
const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');
// Writing last_used_at on every request would make each read a write; a minute is precise enough.
const LAST_USED_PRECISION = sql`interval '1 minute'`;

export const createPartnerKeySchema = z.object({
  name: z.string().trim().min(2, 'Give the key a name (who uses it, what for).').max(80),
  scopes: z.array(z.enum(PARTNER_SCOPES)).min(1, 'Choose at least one scope.').max(PARTNER_SCOPES.length),
});
export const partnerKeyIdSchema = z.object({ keyId: z.uuid() });

type Admin = { id: string; role: Role };

export class PartnerKeyNotFoundError extends DomainError {
  constructor() {
    super('This key does not exist or is already revoked.');
  }
}

export async function createPartnerKey(input: z.output<typeof createPartnerKeySchema>, admin: Admin, ip: string | null, database: Database = db) {
  const key = `mnk_${randomBytes(32).toString('base64url')}`;
  const scopes = [...new Set(input.scopes)];
  return database.transaction(async (tx) => {
    const [row] = await tx
      .insert(partnerApiKeys)
      .values({ name: input.name, keyHash: hashOf(key), keyPrefix: key.slice(0, 12), scopes, createdBy: admin.id })
      .returning({ id: partnerApiKeys.id });
    await recordAudit(tx, { actorId: admin.id, actorRole: admin.role, action: 'api_key.created', entityType: 'api_key', entityId: row!.id, ip, details: { name: input.name, scopes } });
    return { id: row!.id, key, name: input.name, scopes };
  });
}

export async function revokePartnerKey(keyId: string, admin: Admin, ip: string | null, database: Database = db): Promise<void> {
  await database.transaction(async (tx) => {
    const [row] = await tx
      .update(partnerApiKeys)
      .set({ revokedAt: sql`now()`, revokedBy: admin.id })
      .where(and(eq(partnerApiKeys.id, keyId), isNull(partnerApiKeys.revokedAt)))
      .returning({ name: partnerApiKeys.name });
    if (!row) throw new PartnerKeyNotFoundError();
    await recordAudit(tx, { actorId: admin.id, actorRole: admin.role, action: 'api_key.revoked', entityType: 'api_key', entityId: keyId, ip, details: { name: row.name } });
  });
}

export const PARTNER_KEYS_PER_PAGE = 25;

/** Live keys first, newest first, a page at a time. */
export async function listPartnerKeys(requestedPage: number, database: Database = db) {
  const [{ total } = { total: 0 }] = await database.select({ total: count() }).from(partnerApiKeys);
  const { page, pageCount, limit, offset } = pageWindow(total, requestedPage, PARTNER_KEYS_PER_PAGE);
  const rows = await database
    .select({
      id: partnerApiKeys.id,
      name: partnerApiKeys.name,
      keyPrefix: partnerApiKeys.keyPrefix,
      scopes: partnerApiKeys.scopes,
      createdAt: partnerApiKeys.createdAt,
      lastUsedAt: partnerApiKeys.lastUsedAt,
      revokedAt: partnerApiKeys.revokedAt,
    })
    .from(partnerApiKeys)
    .orderBy(sql`${partnerApiKeys.revokedAt} is not null`, desc(partnerApiKeys.createdAt), desc(partnerApiKeys.id))
    .limit(limit)
    .offset(offset);
  return { rows, total: Number(total), page, pageCount };
}

export type PartnerCaller = { keyId: string; name: string; scopes: PartnerScope[] };

/** The live key behind a bearer, or null (unknown, malformed or revoked: the caller cannot tell which). */
export async function findPartnerKey(key: string, database: Database = db): Promise<PartnerCaller | null> {
  if (!KEY_PATTERN.test(key)) return null;
  const [row] = await database
    .select({ id: partnerApiKeys.id, name: partnerApiKeys.name, scopes: partnerApiKeys.scopes })
    .from(partnerApiKeys)
    .where(and(eq(partnerApiKeys.keyHash, hashOf(key)), isNull(partnerApiKeys.revokedAt)));
  if (!row) return null;
  return { keyId: row.id, name: row.name, scopes: row.scopes.filter((s): s is PartnerScope => (PARTNER_SCOPES as readonly string[]).includes(s)) };
}

/** Every use, in the audit log (who, which operation, from where) and as the key's last use. */
export async function recordPartnerKeyUse(caller: PartnerCaller, use: { operation: string; ip: string | null; allowed: boolean }, database: Database = db): Promise<void> {
  await database.transaction(async (tx) => {
    await tx
      .update(partnerApiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(and(eq(partnerApiKeys.id, caller.keyId), sql`(${partnerApiKeys.lastUsedAt} is null or ${partnerApiKeys.lastUsedAt} < now() - ${LAST_USED_PRECISION})`));
    await recordAudit(tx, { actorId: null, actorRole: null, action: 'api_key.used', entityType: 'api_key', entityId: caller.keyId, ip: use.ip, details: { name: caller.name, operation: use.operation, allowed: use.allowed } });
  });
}

export const isPartnerKey = (token: string) => token.startsWith('mnk_');
export type { PartnerScope };
