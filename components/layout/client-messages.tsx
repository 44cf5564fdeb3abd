import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { pickMessages, type ClientMessagePath } from '@/lib/i18n/messages';

/**
 * What the header and every page's shared client parts read: the search box, the visitor's links
 * and cart link, buttons and dialogs, offline notices and the error page. Only these: the offline
 * page is precached at install, and every byte here is in it twice (e2e/pwa.spec.ts holds the budget).
 */
export const SHELL_MESSAGES = ['common.search', 'common.nav', 'common.ui', 'common.offline', 'common.error', 'fatal', 'orders.cartLink'] as const satisfies readonly ClientMessagePath[];
/**
 * The catalog pages (home, listing and search, product): beyond the shell, their one client part is
 * the add-to-cart form. They are the pages served from the cache (app/[locale]/cached), so every word
 * here is in each cached entry three times (HTML, RSC, segment) and in every shopper's download.
 */
export const CATALOG_MESSAGES = [...SHELL_MESSAGES, 'orders.addToCart'] as const satisfies readonly ClientMessagePath[];
/** Shop pages: cart lines, checkout, payment and prescription forms. */
export const SHOP_MESSAGES = [...SHELL_MESSAGES, 'common', 'catalog', 'orders', 'account.addressForm'] as const satisfies readonly ClientMessagePath[];

/**
 * The words the client components below read, in the page's language. next-intl's provider does not
 * merge with an outer one, so each list includes the shell's.
 */
export async function ClientMessages({ paths, children }: { paths: readonly ClientMessagePath[]; children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, paths)} timeZone="Asia/Kathmandu">
      {children}
    </NextIntlClientProvider>
  );
}
