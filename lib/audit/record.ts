import 'server-only';
import type { Database, Transaction } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';

/** Action names in use; others add theirs here so the audit page can filter by a known list. */
export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_out'
  | 'auth.register'
  | 'auth.register_existing_email'
  | 'auth.email_verified'
  | 'auth.password_changed'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.two_factor_enrolled'
  | 'auth.two_factor_reset'
  | 'auth.recovery_code_used'
  | 'user.role_changed'
  | 'user.disabled'
  | 'user.enabled'
  | (string & {});

export type AuditEntry = {
  actorId: string | null;
  actorRole: Role | null;
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/**
 * Appends one row to the audit log. Pass the transaction of the change being audited so the entry
 * and the change commit (or roll back) together.
 */
export async function recordAudit(executor: Database | Transaction, entry: AuditEntry): Promise<void> {
  await executor.insert(auditLog).values({
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? null,
  });
}
