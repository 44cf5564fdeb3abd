import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { users } from '@/db/schema';
import type { Role } from './roles';

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: Role;
  twoFactorEnabled: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user as the app may see them (no hash, no secret); null when unknown or disabled. */
export async function loadActiveUser(executor: Database | Transaction, userId: string): Promise<CurrentUser | null> {
  if (!UUID.test(userId)) return null;
  const [row] = await executor
    .select({ id: users.id, email: users.email, name: users.name, phone: users.phone, role: users.role, totpEnabledAt: users.totpEnabledAt, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.disabledAt) return null;
  return { id: row.id, email: row.email, name: row.name, phone: row.phone, role: row.role, twoFactorEnabled: row.totpEnabledAt !== null };
}
