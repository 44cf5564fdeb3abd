import type { Metadata } from 'next';
import { InfoSection, ReachUs } from '@/components/info/info-section';
import { getShopSettings } from '@/lib/settings/read';

export const metadata: Metadata = { title: 'Returns and refunds', description: 'When medicines can be returned and how refunds are paid.' };

export default async function ReturnsPage() {
  const settings = await getShopSettings();
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">Returns and refunds</h1>
      <InfoSection title="Medicines we take back">
        <p>For everyone&rsquo;s safety, medicines that have left the pharmacy are not resold, so they can be returned only when:</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>the pack arrived damaged, opened or leaking;</li>
          <li>you received a different medicine, strength or quantity from the one you ordered;</li>
          <li>the medicine is past its expiry date, or expires before you could finish the pack as directed.</li>
        </ul>
        <p>Tell us within 7 days of delivery, keep the pack and the invoice, and we collect it and send the right medicine or refund you.</p>
      </InfoSection>
      <InfoSection title="Cancelling an order">
        <p>You can cancel from your orders page until the order is dispatched. Once it has left, refuse it at the door or contact us.</p>
      </InfoSection>
      <InfoSection title="How refunds are paid">
        <p>Payments by eSewa or Khalti are refunded to the same wallet, usually within 7 working days of the refund being approved. Cash on delivery is refunded by bank transfer or to your eSewa or Khalti wallet, as you choose.</p>
        <p>If a pharmacist cannot accept your prescription, the order is cancelled and anything you paid is refunded in full.</p>
      </InfoSection>
      {settings ? (
        <InfoSection title="To start a return">
          <ReachUs phone={settings.phone} email={settings.email} />
        </InfoSection>
      ) : null}
    </>
  );
}
