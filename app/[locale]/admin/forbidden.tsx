import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function AdminForbidden() {
  const t = useTranslations('admin.forbidden');
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('body')}</p>
      <Link href="/" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        {t('back')}
      </Link>
    </div>
  );
}
