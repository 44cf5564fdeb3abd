import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DeliveryDaysForm, PharmacyDetailsForm } from '@/components/admin/settings-forms';
import { formattersFor } from '@/lib/i18n/format';
import { requirePermission } from '@/lib/permissions/guard';
import { readShopSettings } from '@/lib/settings/read';
import { saveDeliveryDaysAction, savePharmacyDetailsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.settings.page'))('title') };
}

export default async function SettingsPage() {
  await requirePermission('settings.manage');
  const [settings, t, locale] = await Promise.all([readShopSettings(), getTranslations('manage.settings.page'), getLocale()]);
  const f = formattersFor(locale);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
        {settings ? (
          <p className="text-xs text-slate-500">{t('lastSaved', { when: f.dateTime(settings.updatedAt) })}</p>
        ) : (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="status">
            {t('notFilled')}
          </p>
        )}
      </div>
      <section className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="pharmacy-details">
        <h2 id="pharmacy-details" className="mb-3 font-semibold">{t('pharmacyDetails')}</h2>
        <PharmacyDetailsForm action={savePharmacyDetailsAction} values={settings} />
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="delivery-days">
        <h2 id="delivery-days" className="mb-1 font-semibold">{t('deliveryTimes')}</h2>
        <p className="mb-3 text-sm text-slate-600">{t('deliveryIntro')}</p>
        {settings ? (
          <DeliveryDaysForm action={saveDeliveryDaysAction} days={settings.deliveryDays} />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">{t('detailsFirst')}</p>
        )}
      </section>
    </div>
  );
}
