'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { ActionForm, ActionFormView, Field, type FormAction } from '@/components/ui/form';
import type { EnrolmentView } from '@/lib/auth/two-factor';

export type TwoFactorMode =
  | { kind: 'enrol'; enrolment: EnrolmentView; staff: boolean }
  | { kind: 'verify' }
  | { kind: 'enabled'; remainingRecoveryCodes: number }
  | { kind: 'enrolment-link-needed'; linkRefused: boolean };

/**
 * One component for every state of the page. Confirming re-issues the session cookie, which
 * re-renders the page in its "enabled" state; because this component (and the confirm state it
 * holds) stays mounted, the recovery codes stay on screen until the user moves on.
 */
export function TwoFactorPanel({
  mode,
  continueHref,
  confirmTwoFactorAction,
  verifyTwoFactorAction,
}: {
  mode: TwoFactorMode;
  continueHref: string;
  confirmTwoFactorAction: FormAction;
  verifyTwoFactorAction: FormAction;
}) {
  const [confirmState, confirmAction] = useActionState(confirmTwoFactorAction, undefined);
  if (confirmState?.ok) {
    const codes = (confirmState.data as { recoveryCodes?: string[] } | undefined)?.recoveryCodes ?? [];
    return <RecoveryCodes codes={codes} continueHref={continueHref} />;
  }
  if (mode.kind === 'enabled') {
    return (
      <>
        <h1 className="text-2xl font-bold">Two-factor authentication</h1>
        <p className="mt-3 text-slate-700">
          Two-factor authentication is <strong>on</strong>. You have {mode.remainingRecoveryCodes} unused recovery code{mode.remainingRecoveryCodes === 1 ? '' : 's'}.
        </p>
        {mode.remainingRecoveryCodes <= 3 ? (
          <p className="mt-2 text-sm text-amber-800">Running low: ask an administrator to reset two-factor so you can enrol again with new codes.</p>
        ) : null}
      </>
    );
  }
  if (mode.kind === 'enrolment-link-needed') return <EnrolmentLinkNeeded linkRefused={mode.linkRefused} />;
  if (mode.kind === 'verify') {
    return (
      <>
        <h1 className="text-2xl font-bold">Confirm it is you</h1>
        <p className="mt-2 text-slate-700">Two-factor was turned on after this session started. Enter a code to continue.</p>
        <div className="mt-6">
          <ActionForm action={verifyTwoFactorAction} submitLabel="Verify">
            <Field name="code" label="Authentication code" autoComplete="one-time-code" hint="6 digits from your app, or a recovery code" />
          </ActionForm>
        </div>
      </>
    );
  }
  const { enrolment, staff } = mode;
  return (
    <>
      <h1 className="text-2xl font-bold">Set up two-factor authentication</h1>
      {staff ? (
        <Alert tone="warning" className="mt-3">
          Pharmacists and administrators must turn on two-factor authentication before opening the back office.
        </Alert>
      ) : (
        <p className="mt-2 text-slate-700">Protect your account with a code from an authenticator app each time you sign in.</p>
      )}
      <ol className="mt-4 list-decimal space-y-3 pl-5 text-slate-800">
        <li>Install an authenticator app (Google Authenticator, Microsoft Authenticator, Aegis, 1Password…).</li>
        <li>
          Scan this QR code with the app:
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL (allowed by the CSP's img-src) that next/image cannot optimise; nothing leaves the server */}
          <img src={enrolment.qrDataUrl} alt="QR code for your authenticator app" width={220} height={220} className="mt-2 rounded border border-slate-200" />
          <p className="mt-2 text-sm text-slate-600">
            Cannot scan? Enter this key by hand:{' '}
            <code className="break-all rounded bg-slate-100 px-1 font-mono" data-testid="totp-secret">
              {enrolment.secret}
            </code>
          </p>
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <div className="mt-6">
        <ActionFormView state={confirmState} formAction={confirmAction} submitLabel="Turn on two-factor">
          <Field name="code" label="6-digit code from your app" autoComplete="one-time-code" inputMode="numeric" />
        </ActionFormView>
      </div>
    </>
  );
}

function RecoveryCodes({ codes, continueHref }: { codes: string[]; continueHref: string }) {
  return (
    <div role="status" className="space-y-3">
      <h1 className="text-2xl font-bold">Two-factor authentication is on</h1>
      <p className="text-sm text-slate-700">
        Save these recovery codes somewhere safe (print them or keep them in a password manager). Each works once if you lose your phone. They will not be shown
        again.
      </p>
      <ul className="grid grid-cols-2 gap-2 rounded-md bg-slate-100 p-3 font-mono text-sm" aria-label="Recovery codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Link href={continueHref} className={`inline-block text-sm ${buttonClass()}`}>
        I saved my codes — continue
      </Link>
    </div>
  );
}

/** Staff without a usable one-time link from an admin: no secret is shown, so nothing can be enrolled. */
function EnrolmentLinkNeeded({ linkRefused }: { linkRefused: boolean }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Set up two-factor authentication</h1>
      {linkRefused ? (
        <Alert tone="error" className="mt-3">
          This enrolment link cannot be used: it was already used, has expired, was replaced by a newer link, or was issued to another account.
        </Alert>
      ) : null}
      <p className="mt-3 text-slate-700" data-testid="enrolment-link-needed">
        Pharmacists and administrators set up two-factor authentication with a one-time enrolment link. Ask an administrator to issue you one from
        the Users page; it arrives by email and works once, for 24 hours. Open it in this browser while signed in as yourself.
      </p>
    </>
  );
}
