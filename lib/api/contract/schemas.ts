import { z } from 'zod';

/**
 * The shapes the API answers with. Handlers pass every body through its schema (lib/api/respond.ts),
 * so a field a schema does not name never leaves, and the OpenAPI document (lib/api/openapi.ts) is
 * generated from these same objects. Money is integer paisa; times are ISO 8601 in UTC.
 */
const dateTime = z.iso.datetime({ offset: true });
const paisa = z.number().int().meta({ description: 'Amount in paisa (NPR × 100).' });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.record(z.string(), z.array(z.string())).optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

export const tokenPairSchema = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().meta({ description: 'Seconds the access token lives (900).' }),
    refreshToken: z.string().meta({ description: 'Single use: exchange it at /auth/refresh for a new pair.' }),
    refreshTokenExpiresAt: dateTime,
  })
  .meta({ id: 'TokenPair' });

export const meSchema = z
  .object({ id: z.uuid(), email: z.string(), name: z.string(), phone: z.string().nullable(), role: z.literal('customer') })
  .meta({ id: 'Me' });

export const acceptedSchema = z.object({ message: z.string() }).meta({ id: 'Accepted' });

export const phoneStatusSchema = z.object({ phone: z.string().nullable(), verified: z.boolean() }).meta({ id: 'PhoneStatus' });

const stockSchema = z.object({ status: z.enum(['in_stock', 'low_stock', 'out_of_stock']), available: z.number().int() });

export const productCardSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    brandName: z.string(),
    genericName: z.string(),
    strength: z.string(),
    dosageForm: z.string(),
    packSize: z.string(),
    manufacturer: z.string(),
    categorySlug: z.string(),
    categoryName: z.string(),
    pricePaisa: paisa,
    mrpPaisa: paisa,
    requiresPrescription: z.boolean(),
    imageUrl: z.string().nullable(),
    stock: stockSchema,
  })
  .meta({ id: 'ProductCard' });

export const productDetailSchema = productCardSchema
  .extend({ description: z.string(), usage: z.string(), warnings: z.string(), maxPerOrder: z.number().int(), updatedAt: dateTime })
  .meta({ id: 'ProductDetail' });

export const alternativeSchema = productCardSchema
  .extend({ savingPaisa: paisa, savingPerUnit: z.boolean() })
  .meta({ id: 'Alternative' });

export const productPageSchema = z
  .object({
    items: z.array(productCardSchema),
    total: z.number().int(),
    mode: z.enum(['browse', 'full_text', 'typo']),
    correctedTo: z.string().optional().meta({ description: 'On the typo path: what was searched for instead.' }),
    choices: z
      .array(z.object({ term: z.string(), generic: z.string().nullable(), q: z.string() }))
      .optional()
      .meta({ description: '"Did you mean": a correction that could change the medicine is offered, never made.' }),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'ProductPage' });

export const alternativesSchema = z.object({ items: z.array(alternativeSchema) }).meta({ id: 'Alternatives' });

const cartLineSchema = z.object({
  productId: z.number().int(),
  slug: z.string(),
  name: z.string(),
  genericName: z.string(),
  strength: z.string(),
  packSize: z.string(),
  imageUrl: z.string().nullable(),
  unitPricePaisa: paisa,
  quantity: z.number().int(),
  lineTotalPaisa: paisa,
  requiresPrescription: z.boolean(),
  maxQuantity: z.number().int(),
  available: z.number().int(),
  problem: z.enum(['unavailable', 'out_of_stock', 'insufficient_stock', 'over_limit']).nullable(),
});

export const cartSchema = z
  .object({
    lines: z.array(cartLineSchema),
    itemCount: z.number().int(),
    totals: z.object({ subtotalPaisa: paisa, deliveryFeePaisa: paisa, totalPaisa: paisa, freeDeliveryShortfallPaisa: paisa }),
    hasPrescriptionLines: z.boolean(),
    readyForCheckout: z.boolean(),
  })
  .meta({ id: 'Cart' });

export const addressFields = {
  recipientName: z.string(),
  phone: z.string(),
  province: z.string(),
  district: z.string(),
  municipality: z.string(),
  ward: z.number().int(),
  street: z.string(),
  landmark: z.string().nullable(),
};

export const addressSchema = z.object({ id: z.uuid(), label: z.string(), isDefault: z.boolean(), ...addressFields }).meta({ id: 'Address' });
export const addressListSchema = z.object({ items: z.array(addressSchema) }).meta({ id: 'AddressList' });

export const orderStatusSchema = z.enum(['pending_payment', 'awaiting_prescription', 'confirmed', 'packed', 'dispatched', 'delivered', 'cancelled']);
export const paymentStatusSchema = z.enum(['unpaid', 'paid', 'refund_due', 'refunded']);
export const paymentMethodSchema = z.enum(['esewa', 'khalti', 'cod']);

export const orderSummarySchema = z
  .object({
    number: z.string(),
    status: orderStatusSchema,
    paymentStatus: paymentStatusSchema,
    paymentMethod: paymentMethodSchema,
    totalPaisa: paisa,
    itemCount: z.number().int(),
    createdAt: dateTime,
  })
  .meta({ id: 'OrderSummary' });

export const orderPageSchema = z.object({ items: z.array(orderSummarySchema), nextCursor: z.string().nullable() }).meta({ id: 'OrderPage' });

export const partnerOrderSchema = orderSummarySchema
  .extend({
    amountToCollectPaisa: paisa.meta({ description: 'Cash to take at the door: the total for an unpaid cash-on-delivery order, else 0.' }),
    address: z.object(addressFields),
    deliveryNotes: z.string().nullable(),
    courier: z.string().nullable(),
    trackingNote: z.string().nullable(),
  })
  .meta({ id: 'PartnerOrder' });
export const partnerOrderPageSchema = z.object({ items: z.array(partnerOrderSchema), nextCursor: z.string().nullable() }).meta({ id: 'PartnerOrderPage' });

export const orderDetailSchema = orderSummarySchema
  .extend({
    subtotalPaisa: paisa,
    deliveryFeePaisa: paisa,
    address: z.object(addressFields),
    deliveryNotes: z.string().nullable(),
    expiresAt: dateTime.nullable(),
    prescriptionDeadline: dateTime.nullable(),
    cancelReason: z.string().nullable(),
    courier: z.string().nullable(),
    trackingNote: z.string().nullable(),
    lines: z.array(
      z.object({
        productId: z.number().int(),
        name: z.string(),
        genericName: z.string(),
        strength: z.string(),
        requiresPrescription: z.boolean(),
        unitPricePaisa: paisa,
        quantity: z.number().int(),
        lineTotalPaisa: paisa,
      }),
    ),
    timeline: z.array(
      z.object({
        type: z.string(),
        fromStatus: orderStatusSchema.nullable(),
        toStatus: orderStatusSchema.nullable(),
        toPaymentStatus: paymentStatusSchema.nullable(),
        byShopper: z.boolean(),
        byStaff: z.boolean(),
        note: z.string().nullable(),
        at: dateTime,
      }),
    ),
    prescriptions: z.array(z.object({ id: z.uuid(), status: z.string(), uploadedAt: dateTime })),
  })
  .meta({ id: 'OrderDetail' });

export const placedOrderSchema = z
  .object({ number: z.string(), status: orderStatusSchema, paymentMethod: paymentMethodSchema, totalPaisa: paisa, created: z.boolean() })
  .meta({ id: 'PlacedOrder' });

export const paymentStartSchema = z
  .discriminatedUnion('method', [
    z.object({
      method: z.literal('esewa'),
      action: z.object({
        type: z.literal('form'),
        url: z.url(),
        fields: z.record(z.string(), z.string()).meta({ description: "eSewa's signed fields: POST them unchanged, as a form (application/x-www-form-urlencoded), from the shopper's browser or web view." }),
      }),
    }),
    z.object({ method: z.literal('khalti'), action: z.object({ type: z.literal('redirect'), url: z.url().meta({ description: "Khalti's payment page: open it in the shopper's browser." }) }) }),
  ])
  .meta({ id: 'PaymentStart', description: 'Where to send the shopper to pay. Afterwards the provider brings them back to the shop, which confirms the payment with the provider; poll GET /orders/{number} for paymentStatus.' });

const prescriptionStatusSchema = z.enum(['pending', 'approved', 'rejected', 'expired']);

export const prescriptionSummarySchema = z
  .object({
    id: z.uuid(),
    status: prescriptionStatusSchema,
    uploadedAt: dateTime,
    validUntil: z.string().nullable(),
    reading: z.boolean(),
    patientName: z.string().nullable().meta({ description: 'Whom the prescription is for; null on prescriptions from before patients existed.' }),
  })
  .meta({ id: 'PrescriptionSummary' });

export const prescriptionListSchema = z.object({ items: z.array(prescriptionSummarySchema) }).meta({ id: 'PrescriptionList' });

export const prescriptionDetailSchema = prescriptionSummarySchema
  .extend({
    fileMime: z.string(),
    pageCount: z.number().int(),
    reviewedAt: dateTime.nullable(),
    messageToCustomer: z.string().nullable(),
    rejectionReason: z.string().nullable(),
    ocr: z.object({ status: z.enum(['queued', 'running', 'done', 'failed']), doctorName: z.string().nullable(), date: z.string().nullable(), medicines: z.array(z.string()) }),
    covers: z.array(z.object({ productId: z.number().int(), name: z.string(), quantityApproved: z.number().int(), quantityUsed: z.number().int() })),
    orders: z.array(z.object({ number: z.string(), status: orderStatusSchema })),
  })
  .meta({ id: 'PrescriptionDetail' });

export const uploadedPrescriptionSchema = z.object({ id: z.uuid() }).meta({ id: 'UploadedPrescription' });
