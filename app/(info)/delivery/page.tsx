import type { Metadata } from 'next';
import { InfoSection } from '@/components/info/info-section';
import { PROVINCES } from '@/lib/geo/nepal';
import { formatDeliveryDays } from '@/lib/settings/delivery';
import { getShopSettings } from '@/lib/settings/read';

export const metadata: Metadata = { title: 'Delivery times', description: 'Where MediNest delivers in Nepal and how long it takes, district by district.' };

export default async function DeliveryPage() {
  const days = (await getShopSettings())?.deliveryDays ?? {};
  const anywhere = Object.keys(days).length > 0;
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">Delivery times</h1>
      <p>Estimated days from your order being packed to your door. Prescription orders are packed once a pharmacist has approved the prescription.</p>
      {anywhere ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {PROVINCES.map((province) => (
            <InfoSection key={province.name} title={`${province.name} Province`}>
              <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 text-sm" data-testid={`delivery-${province.name}`}>
                {province.districts.map((district) => (
                  <div key={district} className="contents">
                    <dt>{district}</dt>
                    <dd className="text-right">{days[district] ? formatDeliveryDays(days[district]) : <span className="text-slate-500">Not yet</span>}</dd>
                  </div>
                ))}
              </dl>
            </InfoSection>
          ))}
        </div>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center">Delivery times are being updated. Please contact us before ordering.</p>
      )}
    </>
  );
}
