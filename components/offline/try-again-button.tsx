'use client';

import { useTranslations } from 'next-intl';

/** Loads the address again: the offline page stands in for whatever page failed to load. */
export function TryAgainButton() {
  const t = useTranslations('common.offline.page');
  return (
    <button type="button" onClick={() => window.location.reload()} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
      {t('tryAgain')}
    </button>
  );
}
