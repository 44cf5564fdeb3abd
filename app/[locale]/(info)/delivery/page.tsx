import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { deliveryDaysFormatter } from '@/components/catalog/delivery-days';
import { InfoSection } from '@/components/info/info-section';
import { placeName, PROVINCES } from '@/lib/geo/nepal';
import { getShopSettings } from '@/lib/settings/read';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('info.delivery');
  return { title: t('title'), description: t('metaDescription') };
}

export default async function DeliveryPage() {
  const [settings, t, formatDays, locale] = await Promise.all([getShopSettings(), getTranslations('info.delivery'), deliveryDaysFormatter(), getLocale()]);
  const days = settings?.deliveryDays ?? {};
  const anywhere = Object.keys(days).length > 0;
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p>{t('intro')}</p>
      {anywhere ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {PROVINCES.map((province) => (
            <InfoSection key={province.name} title={t('province', { province: placeName(locale, province.name) })}>
              <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 text-sm" data-testid={`delivery-${province.name}`}>
                {province.districts.map((district) => (
                  <div key={district} className="contents">
                    <dt>{placeName(locale, district)}</dt>
                    <dd className="text-right">{days[district] ? formatDays(days[district]) : <span className="text-slate-500">{t('notYet')}</span>}</dd>
                  </div>
                ))}
              </dl>
            </InfoSection>
          ))}
        </div>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center">{t('updating')}</p>
      )}
    </>
  );
}
