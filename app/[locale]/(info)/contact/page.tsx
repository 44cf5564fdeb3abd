import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InfoSection, ReachUs } from '@/components/info/info-section';
import { PharmacyLicenceDetails } from '@/components/layout/pharmacy-licence-details';
import { Link } from '@/lib/i18n/navigation';
import { getShopSettings } from '@/lib/settings/read';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('info.contact');
  return { title: t('title'), description: t('metaDescription') };
}

export default async function ContactPage() {
  const [settings, t] = await Promise.all([getShopSettings(), getTranslations('info.contact')]);
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      {settings ? (
        <>
          <InfoSection title={t('pharmacy')}>
            <PharmacyLicenceDetails settings={settings} />
          </InfoSection>
          <InfoSection title={t('questions')}>
            <ReachUs phone={settings.phone} email={settings.email} />
            <p>{t.rich('orderNumber', { orders: (chunks) => <Link href="/orders" className="text-brand-700 underline">{chunks}</Link> })}</p>
          </InfoSection>
        </>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center">{t('updating')}</p>
      )}
      <InfoSection title={t('emergency')}>
        <p>{t('ambulance')}</p>
      </InfoSection>
    </>
  );
}
