import { z } from 'zod';
import { linePatientSchema, type LinePatient } from '@/lib/patients/validation';

/** Quantities arrive from forms as text: coerce, then insist on a whole number in a sane range. */
export const quantitySchema = z.coerce
  .number({ error: 'Enter a quantity.' })
  .refine((n) => Number.isFinite(n), 'Enter a quantity.')
  .int('Quantity must be a whole number.')
  .min(1, 'Quantity must be at least 1.')
  .max(1000, 'That quantity is too large.');

export const productIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export const orderLineSchema = z.object({ productId: productIdSchema, quantity: quantitySchema });

export const paymentMethodSchema = z.enum(['esewa', 'khalti', 'cod'], { error: 'Choose how you will pay.' });

/** A checkout submission carries references and choices only; prices are always read from the database. */
export const checkoutFormSchema = z.object({
  checkoutKey: z.string().trim().regex(/^[A-Za-z0-9-]{16,64}$/, 'Reload the checkout page and try again.'),
  addressId: z.uuid({ error: 'Choose a delivery address.' }),
  paymentMethod: paymentMethodSchema,
  deliveryNotes: z
    .string()
    .trim()
    .max(500, 'Keep delivery notes under 500 characters.')
    .optional()
    .transform((v) => (v ? v : null)),
  // Checkboxes: absent, one value, or several.
  prescriptionIds: z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.uuid({ error: 'Choose one of your prescriptions.' })).max(10),
  ),
});

export const placeOrderSchema = checkoutFormSchema.extend({
  userId: z.uuid(),
  lines: z.array(orderLineSchema).min(1, 'Your cart is empty.').max(100),
  // Whom prescription-only lines are for (lib/patients/order-lines.ts); missing ones follow the prescription.
  linePatients: z.array(linePatientSchema).max(100).optional().default([]),
});
export type PlaceOrderInput = Omit<z.input<typeof placeOrderSchema>, 'prescriptionIds' | 'linePatients'> & { prescriptionIds?: string[]; linePatients?: LinePatient[] };

export const orderNumberSchema = z.string().trim().regex(/^MN-\d{6}-[A-Z0-9]{8}$/);
