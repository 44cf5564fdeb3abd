import { useLocale, useTranslations } from 'next-intl';
import { localized } from '@/lib/i18n/localized';
import type { PharmacyDetails } from '@/lib/settings/schema';

/** Who runs the shop and under which licences, as an admin saved them in settings. */
export function PharmacyLicenceDetails({ settings }: { settings: PharmacyDetails }) {
  const t = useTranslations('common.licence');
  const locale = useLocale();
  return (
    <div className="space-y-0.5" data-testid="pharmacy-licence">
      <p className="font-semibold text-slate-900">{localized(settings.pharmacyName, settings.pharmacyNameNe, locale)}</p>
      <p>{localized(settings.address, settings.addressNe, locale)}</p>
      <p>
        {t('phone')} <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`} className="hover:text-brand-700">{settings.phone}</a> ·{' '}
        <a href={`mailto:${settings.email}`} className="[overflow-wrap:anywhere] hover:text-brand-700">{settings.email}</a>
      </p>
      <p>{t('numbers', { dda: settings.ddaLicenceNumber, pan: settings.panNumber })}</p>
      <p>{t('pharmacist', { name: localized(settings.pharmacistName, settings.pharmacistNameNe, locale), registration: settings.pharmacistRegistration })}</p>
    </div>
  );
}
