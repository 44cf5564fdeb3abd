import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { RESET_COOKIE, RESET_COOKIE_PATH } from '@/lib/auth/reset-cookie';
import { resetTokenSchema } from '@/lib/validation/auth';

/**
 * The link in the reset email. Moves the token into an httpOnly cookie and redirects to a clean
 * URL, so the token never sits in the address bar, history, page HTML or a Referer header.
 */
export function GET(request: NextRequest) {
  const token = resetTokenSchema.safeParse(request.nextUrl.searchParams.get('token'));
  const response = NextResponse.redirect(new URL(RESET_COOKIE_PATH, env.APP_URL), 303);
  response.headers.set('Cache-Control', 'no-store');
  if (token.success) {
    response.cookies.set(RESET_COOKIE, token.data, {
      httpOnly: true,
      sameSite: 'lax',
      secure: env.APP_URL.startsWith('https://'),
      path: RESET_COOKIE_PATH,
      maxAge: 30 * 60,
    });
  } else {
    response.cookies.delete(RESET_COOKIE);
  }
  return response;
}
