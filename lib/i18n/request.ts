import { locale as rootLocale } from 'next/root-params';
import { getRequestConfig, type GetRequestConfigParams } from 'next-intl/server';
import type { Locale } from './locales';
import { MESSAGES } from './messages';
import { isLocale } from './routing';

/**
 * next-intl's per-request configuration (named in next.config.mjs): the page's language and its
 * messages. The language is the `[locale]` segment of the address (app/[locale]), read as a root
 * param so a cached page stays static; where there is no such segment to read (a server action,
 * the global 404 page) it is the header proxy.ts sets from the address; English otherwise.
 */
export default getRequestConfig(async (params) => {
  const locale = isLocale(params.locale) ? params.locale : await pageLocale(params);
  return { locale, messages: MESSAGES[locale], timeZone: 'Asia/Kathmandu' };
});

async function pageLocale(params: GetRequestConfigParams): Promise<Locale> {
  const fromSegment = await segmentLocale();
  if (isLocale(fromSegment)) return fromSegment;
  // Only now: `requestLocale` is a getter that reads the request's headers, which would turn a
  // cached page into a per-request one.
  const fromProxy = await params.requestLocale.catch(() => undefined);
  return isLocale(fromProxy) ? fromProxy : 'en';
}

/** The [locale] segment; Next refuses to read it in a server action (it throws), where the header answers. */
async function segmentLocale(): Promise<string | undefined> {
  try {
    return await rootLocale();
  } catch {
    return undefined;
  }
}
