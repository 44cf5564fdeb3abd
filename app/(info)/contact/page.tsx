import type { Metadata } from 'next';
import Link from 'next/link';
import { InfoSection, ReachUs } from '@/components/info/info-section';
import { PharmacyLicenceDetails } from '@/components/layout/pharmacy-licence-details';
import { getShopSettings } from '@/lib/settings/read';

export const metadata: Metadata = { title: 'Contact us', description: 'How to reach the MediNest pharmacy: address, phone, email and licence details.' };

export default async function ContactPage() {
  const settings = await getShopSettings();
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">Contact us</h1>
      {settings ? (
        <>
          <InfoSection title="The pharmacy">
            <PharmacyLicenceDetails settings={settings} />
          </InfoSection>
          <InfoSection title="Questions about an order or a medicine">
            <ReachUs phone={settings.phone} email={settings.email} />
            <p>Have your order number ready (it starts with MN-, and is on your <Link href="/orders" className="text-brand-700 underline">orders page</Link>). A pharmacist answers questions about medicines.</p>
          </InfoSection>
        </>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center">The pharmacy&rsquo;s contact details are being updated. Please try again later.</p>
      )}
      <InfoSection title="In an emergency">
        <p>Call 102 for an ambulance. Do not wait for a delivery if someone is seriously unwell.</p>
      </InfoSection>
    </>
  );
}
