import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { OfflineSupport } from '@/components/offline/offline-support';
import { clientMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { Providers } from '@/components/providers';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The page around every route: the root layout and the global 404 page share it. */
export async function SiteShell({ locale, signOutAction, children }: { locale: Locale; signOutAction: () => Promise<void>; children: React.ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'common.shell' });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider locale={locale} messages={clientMessages(locale)} timeZone="Asia/Kathmandu">
        <Providers>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
            {t('skipToContent')}
          </a>
          <SiteHeader signOutAction={signOutAction} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter />
          <OfflineSupport />
        </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
