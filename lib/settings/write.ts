import 'server-only';
import { sql } from 'drizzle-orm';
import { revalidateTag } from 'next/cache';
import { db, type Database, type Transaction } from '@/db/client';
import { shopSettings, type DeliveryDays } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Role } from '@/lib/auth/roles';
import { DomainError } from '@/lib/errors';
import { SHOP_SETTINGS_TAG } from './cache-tags';
import { readShopSettings } from './read';
import type { PharmacyDetails } from './schema';

type Admin = { id: string; role: Role };

export class PharmacyDetailsMissingError extends DomainError {
  constructor() {
    super('Save the pharmacy’s details first: delivery times belong to them.');
  }
}

/** Shown at once on every page and instance: the cached settings expire now, not after a while. */
function expireSettings(): void {
  revalidateTag(SHOP_SETTINGS_TAG, { expire: 0 });
}

/** Saves the licence and contact details; the audit entry keeps what they were before. */
export async function savePharmacyDetails(input: PharmacyDetails, admin: Admin, ip: string | null, database: Database | Transaction = db): Promise<void> {
  await database.transaction(async (tx) => {
    const before = await readShopSettings(tx);
    await tx
      .insert(shopSettings)
      .values({ id: 1, ...input, updatedBy: admin.id })
      .onConflictDoUpdate({ target: shopSettings.id, set: { ...input, updatedBy: admin.id, updatedAt: sql`now()` } });
    const changed = Object.fromEntries(
      (Object.keys(input) as (keyof PharmacyDetails)[]).filter((key) => before?.[key] !== input[key]).map((key) => [key, { from: before?.[key] ?? null, to: input[key] }]),
    );
    await recordAudit(tx, { actorId: admin.id, actorRole: admin.role, action: 'settings.pharmacy_details_saved', entityType: 'shop_settings', entityId: '1', ip, details: { changed } });
  });
  expireSettings();
}

/** Replaces the delivery estimates (a district left out is not delivered to). */
export async function saveDeliveryDays(days: Record<string, DeliveryDays>, admin: Admin, ip: string | null, database: Database | Transaction = db): Promise<void> {
  await database.transaction(async (tx) => {
    const before = await readShopSettings(tx);
    if (!before) throw new PharmacyDetailsMissingError();
    await tx.update(shopSettings).set({ deliveryDays: days, updatedBy: admin.id, updatedAt: sql`now()` }).where(sql`${shopSettings.id} = 1`);
    const districts = new Set([...Object.keys(before.deliveryDays), ...Object.keys(days)]);
    const changed = Object.fromEntries(
      [...districts]
        .filter((d) => JSON.stringify(before.deliveryDays[d] ?? null) !== JSON.stringify(days[d] ?? null))
        .map((d) => [d, { from: before.deliveryDays[d] ?? null, to: days[d] ?? null }]),
    );
    await recordAudit(tx, { actorId: admin.id, actorRole: admin.role, action: 'settings.delivery_days_saved', entityType: 'shop_settings', entityId: '1', ip, details: { changed } });
  });
  expireSettings();
}
