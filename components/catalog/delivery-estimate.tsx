import Link from 'next/link';
import { deliveryRange, formatDeliveryDays } from '@/lib/settings/delivery';
import { getShopSettings } from '@/lib/settings/read';

/** The product page's delivery line: the same for every visitor, so cached pages can carry it. */
export async function DeliveryEstimate() {
  const days = (await getShopSettings())?.deliveryDays ?? {};
  const range = deliveryRange(days);
  if (!range) return null;
  const kathmandu = days.Kathmandu;
  return (
    <p className="text-sm text-slate-700" data-testid="delivery-estimate">
      <span className="font-medium">Delivery:</span> {kathmandu ? `${formatDeliveryDays(kathmandu)} in Kathmandu, ` : ''}
      {formatDeliveryDays(range)} across the {Object.keys(days).length} districts we serve, after packing.{' '}
      <Link href="/delivery" className="text-brand-700 underline">Times by district</Link>
    </p>
  );
}
