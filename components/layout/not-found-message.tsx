import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export function NotFoundMessage() {
  const t = useTranslations('common.notFound');
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('body')}</p>
      <Link href="/products" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        {t('browse')}
      </Link>
    </div>
  );
}
