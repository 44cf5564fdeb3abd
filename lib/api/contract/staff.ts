import { z } from 'zod';
import { orderStepSchema } from '@/lib/admin/orders/steps';
import { QUEUE_FILTERS, REJECTION_REASONS } from '@/lib/prescriptions/validation';
import { addressFields, orderStatusSchema, paymentMethodSchema, paymentStatusSchema } from './schemas';

/**
 * Requests and answers of the staff endpoints (a pharmacist's app). The rules are the back office's
 * own: an order step is lib/admin/orders/steps.ts's schema without the id (the path names the
 * order), a decision is what the review page sends, and both go through the same lib functions.
 */
const dateTime = z.iso.datetime({ offset: true });
const paisa = z.number().int().meta({ description: 'Amount in paisa (NPR × 100).' });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'A Nepal calendar day, YYYY-MM-DD (Gregorian).' });

// ---- requests
export const staffOrderStepBody = z
  .discriminatedUnion('step', orderStepSchema.options.map((option) => (option as z.ZodObject).omit({ orderId: true })) as [z.ZodObject, ...z.ZodObject[]])
  .meta({ id: 'StaffOrderStepInput', description: 'One of the order page\'s buttons: confirm, pack, dispatch (with courier), deliver, cash_received or cancel (with reason).' });

export const staffQueueQuery = z.object({
  status: z.enum(QUEUE_FILTERS).optional().meta({ description: 'pending (the default, oldest first), approved, rejected or all.' }),
});

const itemsInput = z.array(z.object({ productId: z.number().int().positive(), quantity: z.number().int().min(1).max(1000) })).min(1).max(50);
export const staffDecisionBody = z
  .discriminatedUnion('decision', [
    z.object({
      decision: z.literal('approve'),
      items: itemsInput.meta({ description: 'The medicines approved and how much of each.' }),
      validUntil: day,
      messageToCustomer: z.string().trim().max(1000).optional(),
      internalNote: z.string().trim().max(2000).optional(),
      acknowledge: z.array(z.string().max(300)).max(200).optional().meta({ description: 'The id of every safety warning the pharmacist has read; an approval with any left out is refused (422).' }),
      prescriberName: z.string().trim().max(120).optional().meta({ description: "The prescriber's name as written on the prescription; required when a controlled medicine is involved (422 without)." }),
      prescriberNmcNumber: z.string().trim().max(40).optional().meta({ description: 'The prescriber\'s NMC registration number (1-6 digits, an "NMC" prefix accepted); required for controlled medicines.' }),
    }),
    z.object({
      decision: z.literal('reject'),
      reason: z.enum(REJECTION_REASONS),
      detail: z.string().trim().min(3).max(1000).meta({ description: 'What the shopper should do next.' }),
      internalNote: z.string().trim().max(2000).optional(),
    }),
  ])
  .meta({ id: 'StaffDecisionInput' });

// ---- answers
export const staffOrderSchema = z
  .object({
    number: z.string(),
    createdAt: dateTime,
    status: orderStatusSchema,
    paymentStatus: paymentStatusSchema,
    paymentMethod: paymentMethodSchema,
    totalPaisa: paisa,
    customer: z.object({ name: z.string(), phone: z.string().nullable() }),
    address: z.object(addressFields),
    courier: z.string().nullable(),
    trackingNote: z.string().nullable(),
    lines: z.array(z.object({ productId: z.number().int(), name: z.string(), strength: z.string(), quantity: z.number().int(), requiresPrescription: z.boolean() })),
    steps: z.array(z.enum(['confirm', 'pack', 'dispatch', 'deliver', 'cancel', 'cash_received'])).meta({ description: 'The steps this order allows now.' }),
  })
  .meta({ id: 'StaffOrder' });

const severity = z.enum(['major', 'moderate', 'minor']);
export const staffQueueSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        status: z.string(),
        customerName: z.string(),
        uploadedAt: dateTime,
        waitingMinutes: z.number().int(),
        ocrStatus: z.string(),
        nmcNumber: z.string().nullable(),
        flags: z.array(z.string()),
        linkedOrders: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'StaffPrescriptionQueue', description: 'At most 200, pending first and oldest first.' });

export const staffPrescriptionSchema = z
  .object({
    id: z.uuid(),
    status: z.string(),
    uploadedAt: dateTime,
    customerName: z.string(),
    flags: z.array(z.string()),
    ocr: z.object({
      status: z.string(),
      text: z.string().nullable(),
      nmcNumber: z.string().nullable(),
      doctorName: z.string().nullable(),
      patientName: z.string().nullable(),
      date: day.nullable(),
    }),
    orders: z.array(z.object({ number: z.string(), status: orderStatusSchema, rxLines: z.array(z.object({ productId: z.number().int(), name: z.string(), quantity: z.number().int() })) })),
    warnings: z.array(z.object({ id: z.string(), type: z.string(), severity, patientName: z.string().nullable(), title: z.string(), detail: z.string(), source: z.string().nullable() })),
  })
  .meta({ id: 'StaffPrescription' });

export const staffDecisionSchema = z
  .object({ prescriptionId: z.uuid(), decision: z.enum(['approve', 'reject']), confirmedOrders: z.array(z.string()), cancelledOrders: z.array(z.string()) })
  .meta({ id: 'StaffDecision' });
