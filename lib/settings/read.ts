import 'server-only';
import { eq } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { db, type Database, type Transaction } from '@/db/client';
import { shopSettings, type DeliveryDays } from '@/db/schema';
import { env } from '@/lib/env';
import { SHOP_SETTINGS_TAG } from './cache-tags';
import type { PharmacyDetails } from './schema';

export type ShopSettings = PharmacyDetails & { deliveryDays: Record<string, DeliveryDays> };

const SAFETY_NET_SECONDS = 3600;

/** The saved settings straight from the database (the admin's form), or null before the first save. */
export async function readShopSettings(database: Database | Transaction = db): Promise<(ShopSettings & { updatedAt: Date }) | null> {
  const [row] = await database
    .select({
      pharmacyName: shopSettings.pharmacyName,
      ddaLicenceNumber: shopSettings.ddaLicenceNumber,
      panNumber: shopSettings.panNumber,
      address: shopSettings.address,
      phone: shopSettings.phone,
      email: shopSettings.email,
      pharmacistName: shopSettings.pharmacistName,
      pharmacistRegistration: shopSettings.pharmacistRegistration,
      pharmacyNameNe: shopSettings.pharmacyNameNe,
      addressNe: shopSettings.addressNe,
      pharmacistNameNe: shopSettings.pharmacistNameNe,
      deliveryDays: shopSettings.deliveryDays,
      updatedAt: shopSettings.updatedAt,
    })
    .from(shopSettings)
    .where(eq(shopSettings.id, 1));
  return row ?? null;
}

/**
 * The settings every page reads (footer, product page, checkout), from Next's cache, which the
 * Redis handler shares across instances; saving expires the tag. Null before an admin has saved
 * them, and while `next build` prerenders (there is no database then).
 */
export const getShopSettings = cache(async (): Promise<ShopSettings | null> => {
  if (env.building) return null;
  return unstable_cache(
    async () => {
      const row = await readShopSettings();
      if (!row) return null;
      const { updatedAt: _updatedAt, ...settings } = row;
      return settings;
    },
    ['shop-settings'],
    { tags: [SHOP_SETTINGS_TAG], revalidate: SAFETY_NET_SECONDS },
  )();
});

/** The estimate for one district, or null where the pharmacy does not deliver (or has set none). */
export async function deliveryEstimateFor(district: string): Promise<DeliveryDays | null> {
  const settings = await getShopSettings();
  return settings?.deliveryDays[district] ?? null;
}
