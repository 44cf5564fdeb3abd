import { eq } from 'drizzle-orm';
import { staffEnrolmentLinks, users } from '@/db/schema';
import { ENROLMENT_LINK_TTL_HOURS, enrolmentLinkUrl, hashEnrolmentToken, newEnrolmentToken } from '@/lib/auth/enrolment-link-token';
import { factoryDatabase } from './database';

/**
 * The row an admin's "Issue enrolment link" leaves (lib/auth/enrolment-links.ts, which browser
 * tests cannot import), for tests that only need a staff member to enrol;
 * e2e/staff-enrolment.spec.ts drives the real button. Returns the link's path and query.
 */
export async function createEnrolmentLink(email: string): Promise<string> {
  const db = await factoryDatabase();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
  if (!user) throw new Error(`No user ${email} to issue an enrolment link to`);
  const token = newEnrolmentToken();
  await db.insert(staffEnrolmentLinks).values({ userId: user.id, tokenHash: hashEnrolmentToken(token), expiresAt: new Date(Date.now() + ENROLMENT_LINK_TTL_HOURS * 3_600_000) });
  const url = new URL(enrolmentLinkUrl('http://factory.invalid', token));
  return url.pathname + url.search;
}
