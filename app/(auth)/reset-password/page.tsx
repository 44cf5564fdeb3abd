import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { isResetTokenUsable } from '@/lib/auth/password-reset';
import { RESET_COOKIE } from '@/lib/auth/reset-cookie';
import { resetTokenSchema } from '@/lib/validation/auth';
import { AuthCard } from '@/components/auth/auth-card';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { resetPasswordAction } from '../actions';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage() {
  const token = resetTokenSchema.safeParse((await cookies()).get(RESET_COOKIE)?.value);
  const usable = token.success && (await isResetTokenUsable(token.data));
  if (!usable) {
    return (
      <AuthCard title="Reset link not valid">
        <p role="alert" className="text-slate-700">
          This reset link is invalid or has expired. Links work once, within 30 minutes.
        </p>
        <Link href="/forgot-password" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Request a new link
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password">
      <ResetPasswordForm action={resetPasswordAction} />
    </AuthCard>
  );
}
