import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { ActionButton } from '@/components/ui/action-button';
import { isVerificationLinkUsable } from '@/lib/auth/email-verification';
import { confirmEmailAction } from '../actions';

export const metadata: Metadata = { title: 'Confirm your email', referrer: 'no-referrer' };

/**
 * The link in the confirmation email. Opening it confirms nothing: mail scanners open links, and
 * the address must be confirmed by the person reading the inbox, so the page asks for one click.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  if (typeof token !== 'string' || !(await isVerificationLinkUsable(token))) redirect('/verify-email/not-valid');
  return (
    <AuthCard title="Confirm your email">
      <p className="text-slate-700">Press the button to confirm that this email address is yours. Then you can place orders.</p>
      <p className="mt-2 text-sm text-slate-600">Did not create a MediNest account? Close this page: nothing happens without the button.</p>
      <ActionButton action={confirmEmailAction} fields={{ token }} label="Confirm my email" pendingLabel="Confirming…" className="mt-6" />
    </AuthCard>
  );
}
