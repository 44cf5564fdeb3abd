import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { ENROLMENT_COOKIE, ENROLMENT_COOKIE_PATH, ENROLMENT_LINK_TTL_HOURS, ENROLMENT_PAGE } from '@/lib/auth/enrolment-link-token';
import { enrolmentTokenSchema } from '@/lib/validation/auth';

/**
 * The link in a staff enrolment email. Moves the token into an httpOnly cookie and redirects to
 * the enrolment page (through sign-in when needed), so the token never sits in the
 * address bar, history, page HTML or a Referer header. The page decides whether it is usable.
 */
export function GET(request: NextRequest) {
  const token = enrolmentTokenSchema.safeParse(request.nextUrl.searchParams.get('token'));
  const response = NextResponse.redirect(new URL(ENROLMENT_PAGE, env.APP_URL), 303);
  response.headers.set('Cache-Control', 'no-store');
  if (token.success) {
    response.cookies.set(ENROLMENT_COOKIE, token.data, {
      httpOnly: true,
      sameSite: 'lax',
      secure: env.APP_URL.startsWith('https://'),
      path: ENROLMENT_COOKIE_PATH,
      maxAge: ENROLMENT_LINK_TTL_HOURS * 3600,
    });
  } else {
    response.cookies.set(ENROLMENT_COOKIE, 'invalid', { httpOnly: true, sameSite: 'lax', path: ENROLMENT_COOKIE_PATH, maxAge: 600 });
  }
  return response;
}
