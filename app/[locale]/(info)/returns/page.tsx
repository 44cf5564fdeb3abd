import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InfoSection, ReachUs } from '@/components/info/info-section';
import { getShopSettings } from '@/lib/settings/read';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('info.returns');
  return { title: t('title'), description: t('metaDescription') };
}

export default async function ReturnsPage() {
  const [settings, t] = await Promise.all([getShopSettings(), getTranslations('info.returns')]);
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <InfoSection title={t('takeBack')}>
        <p>{t('takeBackIntro')}</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t('damaged')}</li>
          <li>{t('wrong')}</li>
          <li>{t('expired')}</li>
        </ul>
        <p>{t('howToReturn')}</p>
      </InfoSection>
      <InfoSection title={t('cancelling')}>
        <p>{t('cancellingBody')}</p>
      </InfoSection>
      <InfoSection title={t('refunds')}>
        <p>{t('refundsWallet')}</p>
        <p>{t('refundsRejected')}</p>
      </InfoSection>
      {settings ? (
        <InfoSection title={t('start')}>
          <ReachUs phone={settings.phone} email={settings.email} />
        </InfoSection>
      ) : null}
    </>
  );
}
