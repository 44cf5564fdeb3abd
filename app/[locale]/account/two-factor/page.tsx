import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getCurrentSession, requireUser } from '@/lib/auth/current-user';
import { enrolmentTokenFromCookie } from '@/lib/auth/enrolment-cookie';
import { hasUsableEnrolmentLink } from '@/lib/auth/enrolment-links';
import { remainingRecoveryCodes, startEnrolment } from '@/lib/auth/two-factor';
import { isStaff } from '@/lib/permissions/matrix';
import { TwoFactorPanel, type TwoFactorMode } from '@/components/account/two-factor-forms';
import { confirmTwoFactorAction, verifyTwoFactorAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.twoFactor');
  return { title: t('title') };
}

export default async function TwoFactorPage() {
  const user = await requireUser();
  const { twoFactorVerified } = await getCurrentSession();
  const staff = isStaff(user.role);
  const enrolmentToken = await enrolmentTokenFromCookie();
  let mode: TwoFactorMode;
  if (user.twoFactorEnabled && twoFactorVerified) mode = { kind: 'enabled', remainingRecoveryCodes: await remainingRecoveryCodes(user.id) };
  else if (user.twoFactorEnabled) mode = { kind: 'verify' };
  else if (staff && !(await hasUsableEnrolmentLink(user.id, enrolmentToken))) mode = { kind: 'enrolment-link-needed', linkRefused: enrolmentToken !== undefined };
  else mode = { kind: 'enrol', enrolment: await startEnrolment(user, enrolmentToken), staff };
  return (
    <section className="max-w-xl rounded-lg border border-slate-200 bg-white p-6">
      <TwoFactorPanel mode={mode} confirmTwoFactorAction={confirmTwoFactorAction} verifyTwoFactorAction={verifyTwoFactorAction} continueHref={staff ? '/admin' : '/account'} />
    </section>
  );
}
