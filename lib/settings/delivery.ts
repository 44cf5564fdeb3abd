import type { DeliveryDays } from '@/db/schema/settings';

/** Client-safe wording of delivery estimates, shared by the product page, checkout and /delivery. */

export function formatDeliveryDays({ min, max }: DeliveryDays): string {
  if (max === 0) return 'the same day';
  if (min === max) return `${min} ${min === 1 ? 'day' : 'days'}`;
  return `${min}–${max} days`;
}

/** The fastest and slowest estimates anywhere, for a one-line summary; null when no district is set. */
export function deliveryRange(days: Record<string, DeliveryDays>): DeliveryDays | null {
  const all = Object.values(days);
  if (all.length === 0) return null;
  return { min: Math.min(...all.map((d) => d.min)), max: Math.max(...all.map((d) => d.max)) };
}

/** One line for an address or a product page: how long delivery to the district takes, or that it is not offered. */
export function deliveryNoteFor(district: string, days: Record<string, DeliveryDays>): string {
  const estimate = days[district];
  return estimate ? `Delivery to ${district} in about ${formatDeliveryDays(estimate)} after packing.` : `We do not deliver to ${district} yet.`;
}
