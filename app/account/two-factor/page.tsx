import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { isStaff } from '@/lib/auth/roles';
import { getSessionClaims } from '@/lib/auth/session';
import { remainingRecoveryCodes, startEnrolment } from '@/lib/auth/two-factor';
import { ConfirmEnrolmentForm, VerifySessionForm } from '../_components/two-factor-forms';

export const metadata: Metadata = { title: 'Two-factor authentication' };

export default async function TwoFactorPage() {
  const user = await requireUser();
  const claims = await getSessionClaims();
  const staff = isStaff(user.role);
  const card = 'max-w-xl rounded-lg border border-slate-200 bg-white p-6';

  if (user.twoFactorEnabled && claims?.twoFactorVerified) {
    const remaining = await remainingRecoveryCodes(user.id);
    return (
      <section className={card}>
        <h1 className="text-2xl font-bold">Two-factor authentication</h1>
        <p className="mt-3 text-slate-700">
          Two-factor authentication is <strong>on</strong>. You have {remaining} unused recovery code{remaining === 1 ? '' : 's'}.
        </p>
        {remaining <= 3 ? <p className="mt-2 text-sm text-amber-800">Running low: ask an administrator to reset two-factor so you can enrol again with new codes.</p> : null}
      </section>
    );
  }

  if (user.twoFactorEnabled) {
    return (
      <section className={card}>
        <h1 className="text-2xl font-bold">Confirm it is you</h1>
        <p className="mt-2 text-slate-700">Two-factor was turned on after this session started. Enter a code to continue.</p>
        <div className="mt-6">
          <VerifySessionForm />
        </div>
      </section>
    );
  }

  const enrolment = await startEnrolment(user);
  return (
    <section className={card}>
      <h1 className="text-2xl font-bold">Set up two-factor authentication</h1>
      {staff ? (
        <p role="status" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Pharmacists and administrators must turn on two-factor authentication before opening the back office.
        </p>
      ) : (
        <p className="mt-2 text-slate-700">Protect your account with a code from an authenticator app each time you sign in.</p>
      )}
      <ol className="mt-4 list-decimal space-y-3 pl-5 text-slate-800">
        <li>Install an authenticator app (Google Authenticator, Microsoft Authenticator, Aegis, 1Password…).</li>
        <li>
          Scan this QR code with the app:
          {/* A data: URL, allowed by the CSP's img-src; nothing leaves the server. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={enrolment.qrDataUrl} alt="QR code for your authenticator app" width={220} height={220} className="mt-2 rounded border border-slate-200" />
          <p className="mt-2 text-sm text-slate-600">
            Cannot scan? Enter this key by hand: <code className="break-all rounded bg-slate-100 px-1 font-mono" data-testid="totp-secret">{enrolment.secret}</code>
          </p>
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <div className="mt-6">
        <ConfirmEnrolmentForm continueHref={staff ? '/admin' : '/account'} />
      </div>
    </section>
  );
}
