import 'server-only';
import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { reportingDb, type Database } from '@/db/client';
import { auditLog, users, type UserRole } from '@/db/schema';
import { containsPattern } from '@/db/like';
import { filterDay, optionalFilter } from '@/lib/admin/url-filters';
import { withinNepalDays } from '@/lib/nepal-time/sql';
import { pageWindow } from '@/lib/pagination';

export const AUDIT_PAGE_SIZE = 50;
const optional = optionalFilter;

export const auditFilterSchema = z.object({
  // The actor's email or name.
  actor: optional(z.string().trim().min(1).max(100)),
  action: optional(z.string().trim().regex(/^[a-z_.]{1,60}$/)),
  entityType: optional(z.string().trim().regex(/^[a-z_]{1,40}$/)),
  entityId: optional(z.string().trim().min(1).max(100)),
  from: optional(filterDay),
  to: optional(filterDay),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

export type AuditRow = { id: number; at: Date; actorName: string | null; actorEmail: string | null; actorRole: UserRole | null; action: string; entityType: string | null; entityId: string | null; ip: string | null; details: Record<string, unknown> | null };

export async function listAudit(filter: AuditFilter, database: Database = reportingDb): Promise<{ rows: AuditRow[]; total: number; page: number; pageCount: number }> {
  const conditions: SQL[] = [];
  if (filter.actor) {
    const like = containsPattern(filter.actor);
    conditions.push(or(ilike(users.email, like), ilike(users.name, like))!);
  }
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  conditions.push(...withinNepalDays(auditLog.createdAt, filter));
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ n } = { n: 0 }] = await database.select({ n: sql<number>`count(*)::int` }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(where);
  const { total, page, pageCount, limit, offset } = pageWindow(n, filter.page, AUDIT_PAGE_SIZE);
  const rows = await database
    .select({ id: auditLog.id, at: auditLog.createdAt, actorName: users.name, actorEmail: users.email, actorRole: auditLog.actorRole, action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId, ip: auditLog.ip, details: auditLog.details })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
  return { rows, total, page, pageCount };
}

/** Distinct actions and entity types seen, for the filter's choices. */
export async function auditChoices(database: Database = reportingDb): Promise<{ actions: string[]; entityTypes: string[] }> {
  const [actions, entityTypes] = await Promise.all([
    database.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action),
    database.selectDistinct({ v: auditLog.entityType }).from(auditLog).orderBy(auditLog.entityType),
  ]);
  return { actions: actions.map((a) => a.v), entityTypes: entityTypes.flatMap((e) => (e.v ? [e.v] : [])) };
}
