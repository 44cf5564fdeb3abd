import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { TryAgainButton } from '@/components/offline/try-again-button';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common.offline.page');
  return { title: t('title'), robots: { index: false } };
}

// What the service worker shows for a page load that fails offline with no copy kept. Rendered
// per request so it carries the CSP nonce; the worker precaches one copy per language and build,
// and shows the one in the language of the address that failed (lib/offline/offline-pages.ts).
export default async function OfflinePage() {
  await connection();
  const t = await getTranslations('common.offline.page');
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-center" data-testid="offline-page">
      <h1 className="text-lg font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('body')}</p>
      <div className="mt-4 flex flex-wrap justify-center gap-3">
        <TryAgainButton />
        <Link href="/orders" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold text-slate-800">
          {t('orders')}
        </Link>
      </div>
    </div>
  );
}
