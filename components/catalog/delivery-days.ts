import { getLocale, getTranslations } from 'next-intl/server';
import type { DeliveryDays } from '@/db/schema/settings';
import { formattersFor } from '@/lib/i18n/format';

/**
 * lib/settings/delivery's formatDeliveryDays in the reader's language ("the same day", "1 day",
 * "2–4 days"), for the product page and /delivery; the lib's English stays for checkout and emails.
 */
export async function deliveryDaysFormatter(): Promise<(days: DeliveryDays) => string> {
  const [t, locale] = await Promise.all([getTranslations('common.deliveryDays'), getLocale()]);
  const f = formattersFor(locale);
  return ({ min, max }) => {
    if (max === 0) return t('sameDay');
    if (min === max) return t('days', { count: min, days: f.count(min) });
    return t('range', { min: f.count(min), max: f.count(max) });
  };
}
