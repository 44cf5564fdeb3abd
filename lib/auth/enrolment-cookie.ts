import 'server-only';
import { cookies } from 'next/headers';
import { ENROLMENT_COOKIE } from './enrolment-link-token';

/** The enrolment link's token this browser brought (app/(auth)/staff-enrolment/route.ts put it there). */
export async function enrolmentTokenFromCookie(): Promise<string | undefined> {
  return (await cookies()).get(ENROLMENT_COOKIE)?.value || undefined;
}
