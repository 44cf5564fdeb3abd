import type { AuthDeps } from '@/lib/auth/auth-deps';
import { issueEnrolmentLink } from '@/lib/auth/enrolment-links';

/** Issues a staff user an enrolment link through the real domain function and returns its token. */
export async function enrolmentTokenFor(userId: string, deps: AuthDeps): Promise<string> {
  const { url } = await issueEnrolmentLink({ kind: 'operator' }, userId, null, deps);
  return new URL(url).searchParams.get('token')!;
}
