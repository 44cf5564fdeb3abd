import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { rateLimit } from '@/lib/kv/rate-limit';
import { enqueueNotification } from '@/lib/notifications/enqueue';
import { assertWithinRate, ipLimitKey } from './attempt-limits';
import { authDeps, type AuthDeps } from './auth-deps';
import { issueVerificationEmail } from './email-verification';
import { hashPassword } from './password';

export const REGISTRATION_LIMIT = { limit: 5, windowSeconds: 60 * 60 };
// Per address: registering someone else's email over and over cannot flood their inbox.
const TAKEN_NOTICES_PER_ACCOUNT = { limit: 3, windowSeconds: 24 * 60 * 60 };

export type Registration = { name: string; email: string; phone: string; password: string };

/**
 * Registers a customer without telling the caller whether the email was free: a new address gets
 * an account and a confirmation link, a registered one an email saying someone tried (sign in or
 * reset the password) and no change. Both run the password hash and one transaction, so the
 * answer and its timing are alike; only the per-IP limit is ever visible. Nobody is signed in:
 * the owner of the address confirms it, then signs in.
 */
export async function registerCustomer(input: Registration, ip: string | null, deps: AuthDeps = authDeps()): Promise<void> {
  await assertWithinRate(deps.store, `register:ip:${ipLimitKey(ip)}`, REGISTRATION_LIMIT);
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    // ON CONFLICT rather than catching the unique violation: the transaction stays usable either way.
    const [created] = await tx
      .insert(users)
      .values({ name: input.name, email, phone: input.phone, passwordHash, role: 'customer' })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    if (created) {
      await issueVerificationEmail(tx, created, { appUrl: deps.appUrl, now });
      await recordAudit(tx, { actorId: created.id, actorRole: created.role, action: 'auth.register', entityType: 'user', entityId: created.id, ip });
      return;
    }
    const [owner] = await tx
      .select({ id: users.id, name: users.name, email: users.email, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.email, email))
      .limit(1);
    if (!owner) return;
    await recordAudit(tx, { actorId: null, actorRole: null, action: 'auth.register_existing_email', entityType: 'user', entityId: owner.id, ip });
    if (owner.disabledAt || !(await rateLimit(deps.store, `register:taken-notice:${owner.id}`, TAKEN_NOTICES_PER_ACCOUNT)).allowed) return;
    await enqueueNotification(tx, {
      userId: owner.id,
      toEmail: owner.email,
      template: 'registration-attempt',
      payload: { name: owner.name, signInUrl: `${deps.appUrl}/login`, resetUrl: `${deps.appUrl}/forgot-password` },
    });
  });
}
