import { z } from 'zod';
import { isWholePaisa, rupeesToPaisa } from '@/lib/money';

/** Rupees typed by staff (up to two decimals) to integer paisa; money is never kept as a float. */
export const rupeesToPaisaField = (label: string) =>
  z.coerce
    .number({ error: `Enter the ${label}` })
    .positive(`The ${label} must be more than zero`)
    .max(1_000_000, `The ${label} is too large`)
    .refine(isWholePaisa, 'At most two decimals')
    .transform(rupeesToPaisa);

const text = (label: string, max: number) => z.string({ error: `Enter the ${label}` }).trim().min(1, `Enter the ${label}`).max(max, `Keep the ${label} under ${max} characters`);
const longText = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters`).optional().default('');
// Nepali leaflet text is optional: left empty, it is stored as null and pages show the English.
const nepaliText = (max: number) => longText(max).transform((v) => (v === '' ? null : v));
// An unticked checkbox is absent from the form.
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const productFieldsSchema = z
  .object({
    slug: z.string().trim().toLowerCase().min(2, 'Enter a web address').max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case letters, digits and single hyphens only'),
    brandName: text('brand name', 120),
    genericName: text('generic name', 200),
    strength: z.string().trim().max(60).optional().default(''),
    dosageForm: text('dosage form', 60),
    packSize: text('pack size', 60),
    manufacturer: text('manufacturer', 120),
    categoryId: z.coerce.number({ error: 'Choose a category' }).int().positive('Choose a category'),
    pricePaisa: rupeesToPaisaField('price'),
    mrpPaisa: rupeesToPaisaField('MRP'),
    requiresPrescription: checkbox,
    // Controlled medicines (lib/controlled): the prescriber's NMC number at review, the register at dispatch.
    controlled: checkbox,
    active: checkbox,
    description: longText(4000),
    usage: longText(4000),
    warnings: longText(4000),
    descriptionNe: nepaliText(4000),
    usageNe: nepaliText(4000),
    warningsNe: nepaliText(4000),
    searchKeywords: longText(500),
    reorderLevel: z.coerce.number({ error: 'Enter a reorder level' }).int('Whole units only').min(0, 'Cannot be negative').max(100_000),
    maxPerOrder: z.coerce.number({ error: 'Enter a limit' }).int('Whole units only').min(1, 'At least 1').max(1000),
  })
  .refine((p) => p.mrpPaisa >= p.pricePaisa, { path: ['mrpPaisa'], message: 'The MRP cannot be below the price' })
  .refine((p) => !p.controlled || p.requiresPrescription, { path: ['controlled'], message: 'A controlled medicine must also be prescription only (Rx)' });
export type ProductFields = z.output<typeof productFieldsSchema>;

export const createProductSchema = productFieldsSchema;
export const updateProductSchema = productFieldsSchema.and(z.object({ productId: z.coerce.number().int().positive() }));

export const setActiveSchema = z.object({ productId: z.coerce.number().int().positive(), active: z.enum(['true', 'false']).transform((v) => v === 'true') });
export const reorderLevelSchema = z.object({ productId: z.coerce.number().int().positive(), reorderLevel: z.coerce.number().int().min(0).max(100_000) });

export const productSearchSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  status: z.enum(['all', 'active', 'inactive']).catch('all'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ProductSearch = z.output<typeof productSearchSchema>;
