import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { requestIp } from '@/lib/audit/request-ip';
import { verifyEmail } from '@/lib/auth/email-verification';
import { InvalidVerificationTokenError } from '@/lib/auth/errors';
import { env } from '@/lib/env';

/**
 * The link in the confirmation email. Opening it is the confirmation (a GET that writes: the token
 * proves the inbox, and a forged request could only confirm the forger's own address); the answer
 * is a redirect to a clean URL, so the token leaves the address bar and history at once.
 */
export async function GET(request: NextRequest) {
  let outcome = '/verify-email/confirmed';
  try {
    await verifyEmail(request.nextUrl.searchParams.get('token') ?? '', await requestIp());
  } catch (error) {
    if (!(error instanceof InvalidVerificationTokenError)) throw error;
    outcome = '/verify-email/not-valid';
  }
  const response = NextResponse.redirect(new URL(outcome, env.APP_URL), 303);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
