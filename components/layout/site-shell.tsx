import { getTranslations } from 'next-intl/server';
import { OfflineSupport } from '@/components/offline/offline-support';
import type { Locale } from '@/lib/i18n/locales';
import { Providers } from '@/components/providers';
import { ClientMessages, SHELL_MESSAGES } from './client-messages';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The page around every route: the root layout and the global 404 page share it. */
export async function SiteShell({ locale, signOutAction, children }: { locale: Locale; signOutAction: () => Promise<void>; children: React.ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'common.shell' });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <ClientMessages paths={SHELL_MESSAGES}>
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
        </ClientMessages>
      </body>
    </html>
  );
}
