import { useTranslations } from 'next-intl';

/** "Rx" alone means nothing to most shoppers, so the badge always says it in words. */
export function PrescriptionBadge({ requiresPrescription }: { requiresPrescription: boolean }) {
  const t = useTranslations('catalog.badge');
  if (!requiresPrescription) {
    return <span className="inline-flex rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900 ring-1 ring-sky-200">{t('noPrescription')}</span>;
  }
  return (
    <span className="inline-flex rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-900 ring-1 ring-rose-200">
      <abbr title={t('prescriptionOnly')} className="mr-1 no-underline">Rx</abbr> {t('prescriptionNeeded')}
    </span>
  );
}

/** The small "Rx" beside an order line, with its meaning in words for a pointer or a screen reader. */
export function RxMark() {
  const t = useTranslations('catalog.badge');
  return (
    <abbr title={t('prescriptionOnly')} className="ml-2 rounded bg-rose-50 px-1.5 text-xs text-rose-900 no-underline">
      Rx
    </abbr>
  );
}
