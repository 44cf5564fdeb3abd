import { z } from 'zod';
import { orderNumberSchema, paymentMethodSchema, productIdSchema, quantitySchema } from '@/lib/orders/validation';
import { prescriptionIdSchema } from '@/lib/prescriptions/validation';
import { existingPassword, newPassword } from '@/lib/auth/password-policy';
import { addressSchema } from '@/lib/validation/address';
import { email, nepaliMobile, plainText } from '@/lib/validation/fields';

/**
 * Request bodies and parameters, built from the same zod fields the pages' forms use
 * (lib/validation, lib/orders/validation), so the API accepts exactly what the shop accepts.
 */
export const signUpBody = z.object({ name: plainText('Name', { max: 100 }), email, phone: nepaliMobile, password: newPassword }).meta({ id: 'SignUp' });

export const signInBody = z
  .object({
    email,
    password: existingPassword,
    code: z.string().trim().max(20).optional().meta({ description: 'A TOTP or recovery code, for accounts with two-factor turned on.' }),
  })
  .meta({ id: 'SignIn' });

export const refreshBody = z.object({ refreshToken: z.string().max(200) }).meta({ id: 'Refresh' });

export const addressBody = addressSchema.meta({ id: 'AddressInput' });

export const cartLineBody = z.object({ productId: productIdSchema, quantity: quantitySchema }).meta({ id: 'CartLineInput' });
export const cartQuantityBody = z.object({ quantity: quantitySchema }).meta({ id: 'CartQuantityInput' });

export const checkoutBody = z
  .object({
    addressId: z.uuid({ error: 'Choose a delivery address.' }),
    paymentMethod: paymentMethodSchema,
    deliveryNotes: z.string().trim().max(500, 'Keep delivery notes under 500 characters.').optional(),
    prescriptionId: prescriptionIdSchema.optional().meta({ description: 'Required when the cart holds prescription-only medicines.' }),
    patientId: z.uuid({ error: 'Choose one of your patients.' }).optional().meta({ description: "Whom the prescription-only medicines are for: one of the account's patients. Omitted: the prescription's patient, or the account holder." }),
  })
  .strict()
  .meta({ id: 'CheckoutInput' });

export const paymentBody = z
  .object({ method: z.enum(['esewa', 'khalti']).optional().meta({ description: "Pay another way than the order says (a new attempt); omitted: the order's method." }) })
  .meta({ id: 'PaymentInput' });

export const phoneCodeBody = z.object({ code: z.string().trim().min(1).max(20).meta({ description: 'The 6 digits from the SMS.' }) }).meta({ id: 'PhoneCodeInput' });

export const cancelBody = z.object({ reason: z.string().trim().max(500).optional() }).meta({ id: 'CancelInput' });

export const catalogQuery = z.object({
  q: z.string().max(200).optional().meta({ description: 'Search text; misspellings are corrected as on the shop.' }),
  category: z.string().max(80).optional(),
  rx: z.enum(['rx', 'otc']).optional(),
  form: z.string().max(40).optional(),
  stock: z.enum(['1']).optional().meta({ description: '1: only products in stock.' }),
  min: z.string().regex(/^\d{1,7}$/).optional().meta({ description: 'Minimum price in whole rupees.' }),
  max: z.string().regex(/^\d{1,7}$/).optional().meta({ description: 'Maximum price in whole rupees.' }),
  sort: z.enum(['relevance', 'price-asc', 'price-desc', 'name']).optional(),
  cursor: z.string().max(500).optional(),
});

export const cursorQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.string().regex(/^([1-9]|[1-4]\d|50)$/, 'A number from 1 to 50').optional().meta({ description: 'Page size, 1–50 (default 20).' }),
});

export const partnerOrdersQuery = cursorQuery.extend({
  status: z.enum(['packed', 'dispatched', 'delivered']).optional().meta({ description: 'Only orders in this status; omitted: all three.' }),
});

export const partnerDeliveryBody = z
  .object({
    cashCollected: z.boolean().optional().meta({ description: 'For unpaid cash on delivery: the courier took the amount to collect. 422 for an order with no cash due.' }),
    note: z.string().trim().max(300).optional().meta({ description: 'Shown on the order\'s timeline to the pharmacy.' }),
  })
  .meta({ id: 'PartnerDeliveryInput' });

export const slugParams = z.object({ slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,119}$/, 'Unknown product') });
export const productIdParams = z.object({ productId: productIdSchema });
export const uuidParams = z.object({ id: z.uuid({ error: 'Not found' }) });
// The shop's own order-number format: anything else names no order (404), and never reaches a query.
export const orderNumberParams = z.object({ number: orderNumberSchema.meta({ example: 'MN-260412-7K2Q9XRM' }) });
export const fileQuery = z.object({ page: z.string().regex(/^\d{1,2}$/).optional() });
