import type { Metadata } from 'next';
import { InfoSection, ReachUs } from '@/components/info/info-section';
import { getShopSettings } from '@/lib/settings/read';

export const metadata: Metadata = { title: 'Privacy', description: 'What MediNest keeps about you, why, and who can see it.' };

export default async function PrivacyPage() {
  const settings = await getShopSettings();
  const name = settings?.pharmacyName ?? 'MediNest';
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">Privacy</h1>
      <InfoSection title="What we keep">
        <p>{name} keeps what it needs to sell and deliver medicines safely: your name, email, mobile number and delivery addresses, your orders, and the prescriptions you upload.</p>
      </InfoSection>
      <InfoSection title="Who sees your prescriptions">
        <p>Only our pharmacists and administrators, to check them before dispensing. Every time a prescription is opened it is written to a log. Prescription files are stored encrypted and are never public.</p>
      </InfoSection>
      <InfoSection title="Who else we share with">
        <p>The courier gets your name, phone and address to deliver; eSewa or Khalti see the amount you pay them. We do not sell your details or use them for advertising.</p>
      </InfoSection>
      <InfoSection title="How long we keep it">
        <p>Orders, invoices and prescriptions are kept as long as Nepal&rsquo;s pharmacy and tax rules require. You can ask us to close your account; records the law requires us to keep are kept, the rest is deleted.</p>
      </InfoSection>
      {settings ? (
        <InfoSection title="Questions">
          <ReachUs phone={settings.phone} email={settings.email} />
        </InfoSection>
      ) : null}
    </>
  );
}
