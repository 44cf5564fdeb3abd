import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InfoSection, ReachUs } from '@/components/info/info-section';
import { getShopSettings } from '@/lib/settings/read';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('info.privacy');
  return { title: t('title'), description: t('metaDescription') };
}

export default async function PrivacyPage() {
  const [settings, t] = await Promise.all([getShopSettings(), getTranslations('info.privacy')]);
  const name = settings?.pharmacyName ?? 'MediNest';
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <InfoSection title={t('whatWeKeep')}>
        <p>{t('whatWeKeepBody', { name })}</p>
      </InfoSection>
      <InfoSection title={t('prescriptions')}>
        <p>{t('prescriptionsBody')}</p>
      </InfoSection>
      <InfoSection title={t('sharing')}>
        <p>{t('sharingBody')}</p>
      </InfoSection>
      <InfoSection title={t('keeping')}>
        <p>{t('keepingBody')}</p>
      </InfoSection>
      {settings ? (
        <InfoSection title={t('questions')}>
          <ReachUs phone={settings.phone} email={settings.email} />
        </InfoSection>
      ) : null}
    </>
  );
}
