'use client';

import { useTranslations } from 'next-intl';
import { RequestReference } from '@/components/request-reference';

// Shown for unexpected errors: a generic message and the request id and digest to quote to support, never a stack.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common.error');
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-lg font-semibold text-red-800">{t('title')}</h1>
      <p className="mt-2 text-slate-700">{t('body')}</p>
      <RequestReference digest={error.digest} className="mt-2 text-xs text-slate-500" />
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        {t('tryAgain')}
      </button>
    </div>
  );
}
