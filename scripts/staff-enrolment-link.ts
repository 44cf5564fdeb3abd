import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { issueEnrolmentLink } from '@/lib/auth/enrolment-links';
import { MemoryStore } from '@/lib/kv/memory-store';
import { configOrExit } from './config-or-exit';
import { openScriptDatabase } from './database-for-scripts';

/**
 * npm run staff:enrolment-link -- <email>
 * Issues a staff member a one-time two-factor enrolment link from the server's shell: the first
 * admin (or the seeded dev staff) has no other admin to ask. Admins issue the rest from
 * /admin/users. The link is also written to the outbox, and the audit log names the operator.
 */
async function main(): Promise<void> {
  const email = process.argv[2]?.trim().toLowerCase();
  if (!email) throw new Error('Usage: npm run staff:enrolment-link -- <staff email>');
  const env = configOrExit();
  const database = await openScriptDatabase(env);
  try {
    const [user] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (!user) throw new Error(`No account with the email ${email}.`);
    const deps = { db: database.db, store: new MemoryStore(), now: () => new Date(), totpKey: env.TOTP_ENCRYPTION_KEY, appUrl: env.APP_URL };
    const link = await issueEnrolmentLink({ kind: 'operator' }, user.id, null, deps);
    console.log(`Enrolment link for ${link.email} (works once, until ${link.expiresAt.toISOString()}):\n${link.url}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
