import { shopSettings, type DeliveryDays } from '@/db/schema';
import type { SeedTransaction } from './write';
import { PROVINCES } from '@/lib/geo/nepal';

/**
 * Development only (seeded with the development logins): a production shop starts with no settings,
 * so its admin enters the real licence details before the first invoice rather than inherit these.
 */
export const DEV_SHOP_SETTINGS = {
  pharmacyName: 'MediNest Pharmacy Pvt. Ltd. (development)',
  ddaLicenceNumber: 'DEV-0000/081-82',
  panNumber: '600000000',
  address: 'New Baneshwor-10, Kathmandu, Bagmati Province',
  phone: '01-4780000',
  email: 'orders@medinest.test',
  pharmacistName: 'Development Pharmacist',
  pharmacistRegistration: 'NPC DEV-0000',
  pharmacyNameNe: 'मेडिनेस्ट फार्मेसी प्रा. लि. (विकास)',
  addressNe: 'नयाँ बानेश्वर-१०, काठमाडौं, बागमती प्रदेश',
  pharmacistNameNe: 'विकास फार्मासिस्ट',
};

const VALLEY = new Set(['Kathmandu', 'Lalitpur', 'Bhaktapur']);
// Hill and mountain districts a courier reaches in a week at best.
const REMOTE = new Set(['Dolpa', 'Humla', 'Mugu', 'Manang', 'Mustang', 'Taplejung', 'Solukhumbu', 'Bajura', 'Bajhang', 'Darchula', 'Jumla', 'Kalikot', 'Rukum East']);

export function devDeliveryDays(): Record<string, DeliveryDays> {
  const days: Record<string, DeliveryDays> = {};
  for (const district of PROVINCES.flatMap((p) => p.districts)) {
    days[district] = VALLEY.has(district) ? { min: 1, max: 1 } : REMOTE.has(district) ? { min: 5, max: 8 } : { min: 2, max: 4 };
  }
  return days;
}

export async function insertDevShopSettings(tx: SeedTransaction): Promise<void> {
  await tx.insert(shopSettings).values({ id: 1, ...DEV_SHOP_SETTINGS, deliveryDays: devDeliveryDays() }).onConflictDoNothing();
}
