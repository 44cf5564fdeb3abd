import { z } from 'zod';
import type { DeliveryDays } from '@/db/schema/settings';
import { PROVINCES } from '@/lib/geo/nepal';
import { email, optionalPlainText, plainText } from '@/lib/validation/fields';

/** Client-safe: the admin's settings forms and lib/settings/write.ts share these rules. */

// Registration numbers as the regulators print them: letters, digits, spaces and . / - only.
const registration = (label: string, max: number) =>
  plainText(label, { min: 2, max }).regex(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, `${label}: letters, digits, spaces, dots, slashes or hyphens`);

// A landline (01-4780000) or a mobile (9841234567), with an optional +977.
const phone = plainText('Phone', { min: 6, max: 20 }).regex(/^(\+977[ -]?)?[0-9][0-9 -]{5,15}$/, 'Phone: digits, spaces or hyphens, e.g. 01-4780000 or 9841234567');

export const pharmacyDetailsSchema = z.object({
  pharmacyName: plainText('Pharmacy name', { min: 3, max: 120 }),
  ddaLicenceNumber: registration('DDA licence number', 40),
  panNumber: z
    .string({ error: 'PAN is required' })
    .trim()
    .regex(/^\d{9}$/, 'PAN is the 9 digits on the Inland Revenue certificate'),
  address: plainText('Address', { min: 10, max: 200 }),
  phone,
  email,
  pharmacistName: plainText('Pharmacist in charge', { min: 3, max: 80 }),
  pharmacistRegistration: registration('NPC or NMC registration number', 30),
  // Optional: Nepali pages show the English where these are blank.
  pharmacyNameNe: optionalPlainText('Pharmacy name in Nepali', 120).transform((v) => v ?? null),
  addressNe: optionalPlainText('Address in Nepali', 200).transform((v) => v ?? null),
  pharmacistNameNe: optionalPlainText('Pharmacist in charge in Nepali', 80).transform((v) => v ?? null),
});
export type PharmacyDetails = z.output<typeof pharmacyDetailsSchema>;

export const ALL_DISTRICTS: readonly string[] = PROVINCES.flatMap((p) => p.districts);
export const MAX_DELIVERY_DAYS = 30;

export const minField = (district: string) => `min:${district}`;
export const maxField = (district: string) => `max:${district}`;

const daysText = z.string().trim().max(3).optional();

/**
 * The delivery-times form: a `min:<District>` and `max:<District>` field for each of the 77 districts.
 * Both blank means "not delivered there"; one blank means the same number of days for both.
 */
export const deliveryDaysSchema = z
  .record(z.string(), z.unknown())
  .transform((raw, ctx): Record<string, DeliveryDays> => {
    const unknownField = Object.keys(raw).find((key) => !/^(min|max):/.test(key) || !ALL_DISTRICTS.includes(key.slice(4)));
    if (unknownField) {
      ctx.addIssue({ code: 'custom', message: 'The form names a district Nepal does not have.', path: ['_form'] });
      return z.NEVER;
    }
    const days: Record<string, DeliveryDays> = {};
    for (const district of ALL_DISTRICTS) {
      const read = (field: string): number | null | undefined => {
        const parsed = daysText.safeParse(raw[field] ?? '');
        const text = parsed.success ? (parsed.data ?? '') : 'x';
        if (text === '') return null;
        const value = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
        if (!Number.isInteger(value) || value < 0 || value > MAX_DELIVERY_DAYS) {
          ctx.addIssue({ code: 'custom', message: `A whole number of days, 0 to ${MAX_DELIVERY_DAYS}`, path: [field] });
          return undefined;
        }
        return value;
      };
      const min = read(minField(district));
      const max = read(maxField(district));
      if (min === undefined || max === undefined) continue;
      if (min === null && max === null) continue;
      const low = min ?? max!;
      const high = max ?? min!;
      if (high < low) {
        ctx.addIssue({ code: 'custom', message: 'The longest estimate cannot be shorter than the shortest', path: [maxField(district)] });
        continue;
      }
      days[district] = { min: low, max: high };
    }
    return days;
  });
