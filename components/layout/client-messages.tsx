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
 * Every page gets the shell's words from SiteShell. A page whose client parts read more wraps its
 * content in its own list, the narrowest paths they read: each page's HTML carries them twice, a
 * cached product page's entry three times (HTML, RSC, segment). The home, listing and search pages
 * read only the shell's. Product pages (signed-in and cached) add the add-to-cart form's words.
 */
export const PRODUCT_MESSAGES = [...SHELL_MESSAGES, 'orders.addToCart'] as const satisfies readonly ClientMessagePath[];
export const CART_MESSAGES = [...SHELL_MESSAGES, 'orders.cartLine'] as const satisfies readonly ClientMessagePath[];
export const CHECKOUT_MESSAGES = [...SHELL_MESSAGES, 'orders.checkout', 'orders.prescriptions.checkoutStep', 'orders.prescriptions.uploader', 'account.addressForm'] as const satisfies readonly ClientMessagePath[];
export const PAYMENT_MESSAGES = [...SHELL_MESSAGES, 'orders.pay'] as const satisfies readonly ClientMessagePath[];
export const ORDER_MESSAGES = [...SHELL_MESSAGES, 'orders.cancel'] as const satisfies readonly ClientMessagePath[];
export const PRESCRIPTION_UPLOAD_MESSAGES = [...SHELL_MESSAGES, 'orders.prescriptions.uploader'] as const satisfies readonly ClientMessagePath[];
/** The account and admin layouts, which have not been narrowed page by page yet. */
export const SHOP_MESSAGES = [...SHELL_MESSAGES, 'common', 'catalog', 'orders', 'account.addressForm'] as const satisfies readonly ClientMessagePath[];

/**
 * The words the client components below read, in the page's language. next-intl's provider does not
 * merge with an outer one, so each list includes the shell's. client-messages.test.tsx checks that
 * each route's list covers every namespace its client components read.
 */
export async function ClientMessages({ paths, children }: { paths: readonly ClientMessagePath[]; children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, paths)} timeZone="Asia/Kathmandu">
      {children}
    </NextIntlClientProvider>
  );
}
