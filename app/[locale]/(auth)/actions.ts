'use server';

import { cookies } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requestIp } from '@/lib/audit/request-ip';
import { publicAction } from '@/lib/auth/action';
import { redirect } from '@/lib/i18n/navigation';
import { requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { verifyEmail } from '@/lib/auth/email-verification';
import { InvalidVerificationTokenError } from '@/lib/auth/errors';
import { registerCustomer } from '@/lib/auth/registration';
import { nextQuery, rememberReturnPath } from '@/lib/auth/return-path';
import { RESET_COOKIE } from '@/lib/auth/reset-cookie';
import { completeTwoFactorSignIn, signInWithPassword, signOutCurrentUser } from '@/lib/auth/sign-in-flow';
import { forgotPasswordSchema, registerSchema, resetPasswordSchema, resetTokenSchema, signInSchema, twoFactorCodeSchema } from '@/lib/validation/auth';

export const signInAction = publicAction(signInSchema, async (input) => {
  return signInWithPassword(input, await requestIp());
});

export const twoFactorSignInAction = publicAction(twoFactorCodeSchema.extend({ next: z.string().max(500).optional() }), async (input) => {
  return completeTwoFactorSignIn(input.code, input.next, await requestIp());
});

export const registerAction = publicAction(registerSchema, async (input) => {
  const { next, ...details } = input;
  await registerCustomer(details, await requestIp());
  const returnPath = await rememberReturnPath(next);
  // The same page for a new and a registered email; nobody is signed in until the address is confirmed.
  return redirect({ href: `/register/check-email${nextQuery(returnPath)}`, locale: await getLocale() });
});

// The button on the confirmation link's page. The answer is a redirect to a clean address, so the
// token leaves the address bar and the history at once.
export const confirmEmailAction = publicAction(z.object({ token: z.string().max(100) }), async ({ token }) => {
  let outcome = '/verify-email/confirmed';
  try {
    await verifyEmail(token, await requestIp());
  } catch (error) {
    if (!(error instanceof InvalidVerificationTokenError)) throw error;
    outcome = '/verify-email/not-valid';
  }
  return redirect({ href: outcome, locale: await getLocale() });
});

export const forgotPasswordAction = publicAction(forgotPasswordSchema, async (input) => {
  await requestPasswordReset(input.email, await requestIp());
  return { ok: true, message: (await getTranslations('auth.forgot'))('answer') };
});

export const resetPasswordAction = publicAction(resetPasswordSchema, async (input) => {
  const jar = await cookies();
  const token = jar.get(RESET_COOKIE)?.value;
  const parsedToken = resetTokenSchema.safeParse(token);
  if (!parsedToken.success) return { ok: false, message: (await getTranslations('auth.reset'))('invalidOnSubmit') };
  await resetPassword(parsedToken.data, input.password, await requestIp());
  jar.delete(RESET_COOKIE);
  return redirect({ href: '/login?reset=1', locale: await getLocale() });
});

export async function signOutAction(): Promise<void> {
  await signOutCurrentUser(await requestIp());
}

