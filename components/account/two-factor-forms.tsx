'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { ActionForm, ActionFormView, Field, type FormAction } from '@/components/ui/form';
import type { EnrolmentView } from '@/lib/auth/two-factor';
import { Link } from '@/lib/i18n/navigation';

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
  const t = useTranslations('account.twoFactor');
  const [confirmState, confirmAction] = useActionState(confirmTwoFactorAction, undefined);
  if (confirmState?.ok) {
    const codes = (confirmState.data as { recoveryCodes?: string[] } | undefined)?.recoveryCodes ?? [];
    return <RecoveryCodes codes={codes} continueHref={continueHref} />;
  }
  if (mode.kind === 'enabled') {
    return (
      <>
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        <p className="mt-3 text-slate-700">{t.rich('enabled', { count: mode.remainingRecoveryCodes, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        {mode.remainingRecoveryCodes <= 3 ? (
          <p className="mt-2 text-sm text-amber-800">{t('runningLow')}</p>
        ) : null}
      </>
    );
  }
  if (mode.kind === 'enrolment-link-needed') return <EnrolmentLinkNeeded linkRefused={mode.linkRefused} />;
  if (mode.kind === 'verify') {
    return (
      <>
        <h1 className="text-2xl font-bold">{t('verifyHeading')}</h1>
        <p className="mt-2 text-slate-700">{t('verifyIntro')}</p>
        <div className="mt-6">
          <ActionForm action={verifyTwoFactorAction} submitLabel={t('verify')}>
            <Field name="code" label={t('code')} autoComplete="one-time-code" hint={t('codeHint')} />
          </ActionForm>
        </div>
      </>
    );
  }
  const { enrolment, staff } = mode;
  return (
    <>
      <h1 className="text-2xl font-bold">{t('setUpHeading')}</h1>
      {staff ? (
        <Alert tone="warning" className="mt-3">
          {t('staffRequired')}
        </Alert>
      ) : (
        <p className="mt-2 text-slate-700">{t('protect')}</p>
      )}
      <ol className="mt-4 list-decimal space-y-3 pl-5 text-slate-800">
        <li>{t('install')}</li>
        <li>
          {t('scan')}
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL (allowed by the CSP's img-src) that next/image cannot optimise; nothing leaves the server */}
          <img src={enrolment.qrDataUrl} alt={t('qrAlt')} width={220} height={220} className="mt-2 rounded border border-slate-200" />
          <p className="mt-2 text-sm text-slate-600">
            {t('cannotScan')}{' '}
            <code className="break-all rounded bg-slate-100 px-1 font-mono" data-testid="totp-secret">
              {enrolment.secret}
            </code>
          </p>
        </li>
        <li>{t('enterCode')}</li>
      </ol>
      <div className="mt-6">
        <ActionFormView state={confirmState} formAction={confirmAction} submitLabel={t('turnOn')}>
          <Field name="code" label={t('appCode')} autoComplete="one-time-code" inputMode="numeric" />
        </ActionFormView>
      </div>
    </>
  );
}

function RecoveryCodes({ codes, continueHref }: { codes: string[]; continueHref: string }) {
  const t = useTranslations('account.twoFactor');
  return (
    <div role="status" className="space-y-3">
      <h1 className="text-2xl font-bold">{t('onHeading')}</h1>
      <p className="text-sm text-slate-700">{t('saveCodes')}</p>
      <ul className="grid grid-cols-2 gap-2 rounded-md bg-slate-100 p-3 font-mono text-sm" aria-label={t('recoveryCodes')} data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Link href={continueHref} className={`inline-block text-sm ${buttonClass()}`}>
        {t('savedContinue')}
      </Link>
    </div>
  );
}

/** Staff without a usable one-time link from an admin: no secret is shown, so nothing can be enrolled. */
function EnrolmentLinkNeeded({ linkRefused }: { linkRefused: boolean }) {
  const t = useTranslations('account.twoFactor');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('setUpHeading')}</h1>
      {linkRefused ? (
        <Alert tone="error" className="mt-3">
          {t('linkRefused')}
        </Alert>
      ) : null}
      <p className="mt-3 text-slate-700" data-testid="enrolment-link-needed">
        {t('linkNeeded')}
      </p>
    </>
  );
}
