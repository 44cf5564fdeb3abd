import { getRequestConfig } from 'next-intl/server';
import { MESSAGES } from './messages';
import { isLocale } from './routing';

/**
 * next-intl's per-request configuration (named in next.config.mjs): the page's language and its
 * messages. The language comes from the address (lib/i18n/routing.ts), English when there is none.
 */
export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked) ? asked : 'en';
  return { locale, messages: MESSAGES[locale], timeZone: 'Asia/Kathmandu' };
});
