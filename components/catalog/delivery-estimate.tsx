import { getLocale, getTranslations } from 'next-intl/server';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { deliveryRange } from '@/lib/settings/delivery';
import { getShopSettings } from '@/lib/settings/read';
import { deliveryDaysFormatter } from './delivery-days';

const label = (chunks: React.ReactNode) => <span className="font-medium">{chunks}</span>;

/** The product page's delivery line: the same for every visitor, so cached pages can carry it. */
export async function DeliveryEstimate() {
  const [settings, t, formatDays, locale] = await Promise.all([getShopSettings(), getTranslations('catalog.delivery'), deliveryDaysFormatter(), getLocale()]);
  const days = settings?.deliveryDays ?? {};
  const range = deliveryRange(days);
  if (!range) return null;
  const kathmandu = days.Kathmandu;
  const values = { label, range: formatDays(range), districts: formattersFor(locale).count(Object.keys(days).length) };
  return (
    <p className="text-sm text-slate-700" data-testid="delivery-estimate">
      {kathmandu ? t.rich('withKathmandu', { ...values, kathmandu: formatDays(kathmandu) }) : t.rich('everywhere', values)}{' '}
      <Link href="/delivery" className="text-brand-700 underline">{t('byDistrict')}</Link>
    </p>
  );
}
