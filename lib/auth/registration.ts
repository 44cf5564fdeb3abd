import 'server-only';
import { users } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import { recordAudit } from '@/lib/audit/record';
import { enqueueNotification } from '@/lib/notifications/enqueue';
import { assertWithinRate, ipLimitKey } from './attempt-limits';
import { authDeps, type AuthDeps } from './auth-deps';
import { EmailTakenError } from './errors';
import { hashPassword } from './password';
import type { CurrentUser } from './user-record';

export const REGISTRATION_LIMIT = { limit: 5, windowSeconds: 60 * 60 };

export type Registration = { name: string; email: string; phone: string; password: string };

/** Creates a customer account, its welcome email and its audit entry in one transaction. */
export async function registerCustomer(input: Registration, ip: string | null, deps: AuthDeps = authDeps()): Promise<CurrentUser> {
  await assertWithinRate(deps.store, `register:ip:${ipLimitKey(ip)}`, REGISTRATION_LIMIT);
  const passwordHash = await hashPassword(input.password);
  try {
    return await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email.trim().toLowerCase(), phone: input.phone, passwordHash, role: 'customer' })
        .returning({ id: users.id, email: users.email, name: users.name, phone: users.phone, role: users.role });
      const user = row!;
      await enqueueNotification(tx, { userId: user.id, toEmail: user.email, template: 'welcome', payload: { name: user.name, shopUrl: `${deps.appUrl}/products` } });
      await recordAudit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.register', entityType: 'user', entityId: user.id, ip });
      return { ...user, twoFactorEnabled: false };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) throw new EmailTakenError();
    throw error;
  }
}
