'use client';

import Link from 'next/link';
import { ActionForm, Field } from '@/app/(auth)/_components/form';
import { confirmTwoFactorAction, verifyTwoFactorAction } from '../actions';

export function ConfirmEnrolmentForm({ continueHref }: { continueHref: string }) {
  return (
    <ActionForm
      action={confirmTwoFactorAction}
      submitLabel="Turn on two-factor"
      onSuccess={(state) => {
        const codes = (state.data as { recoveryCodes?: string[] } | undefined)?.recoveryCodes ?? [];
        return (
          <div role="status" className="space-y-3">
            <p className="font-semibold text-brand-800">Two-factor authentication is on.</p>
            <p className="text-sm text-slate-700">
              Save these recovery codes somewhere safe (print them or keep them in a password manager). Each works once if you lose your phone. They will not be
              shown again.
            </p>
            <ul className="grid grid-cols-2 gap-2 rounded-md bg-slate-100 p-3 font-mono text-sm" aria-label="Recovery codes" data-testid="recovery-codes">
              {codes.map((code) => (
                <li key={code}>{code}</li>
              ))}
            </ul>
            <Link href={continueHref} className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
              I saved my codes — continue
            </Link>
          </div>
        );
      }}
    >
      <Field name="code" label="6-digit code from your app" autoComplete="one-time-code" inputMode="numeric" />
    </ActionForm>
  );
}

export function VerifySessionForm() {
  return (
    <ActionForm action={verifyTwoFactorAction} submitLabel="Verify">
      <Field name="code" label="Authentication code" autoComplete="one-time-code" hint="6 digits from your app, or a recovery code" />
    </ActionForm>
  );
}
