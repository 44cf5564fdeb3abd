import { z } from 'zod';
import { nmcNumberField, prescriberNameField } from '@/lib/controlled/nmc';

export const prescriptionIdSchema = z.uuid({ error: 'Prescription not found.' });

export const REJECTION_REASONS = ['unreadable', 'expired', 'not_valid', 'medicine_not_prescribed', 'other'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTION_REASON_LABELS: Readonly<Record<RejectionReason, string>> = {
  unreadable: 'The prescription could not be read',
  expired: 'The prescription has expired',
  not_valid: 'Not a valid prescription',
  medicine_not_prescribed: 'The medicine ordered is not on the prescription',
  other: 'Other',
};

const isoDay = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date.');
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    // nullish, so an already-parsed value (null) passes a second parse in lib unchanged.
    .nullish()
    .transform((v) => (v ? v : null));

const RELOAD = 'Reload the page and acknowledge the warnings again.';

/** Form fields arrive as parallel arrays (`productId`, `quantity`); blank rows are dropped. */
export const approveSchema = z
  .object({
    prescriptionId: prescriptionIdSchema,
    productId: z.union([z.string(), z.array(z.string())]).optional(),
    quantity: z.union([z.string(), z.array(z.string())]).optional(),
    validUntil: isoDay,
    messageToCustomer: optionalText(1000, 'Keep the message under 1000 characters.'),
    internalNote: optionalText(2000, 'Keep the note under 2000 characters.'),
    // Required when the approval touches a controlled medicine (lib/controlled/approval.ts).
    prescriberName: prescriberNameField,
    prescriberNmcNumber: nmcNumberField,
    // The safety warnings the pharmacist ticked (lib/safety); the approval recomputes them and compares.
    acknowledge: z
      .union([z.string().max(300, RELOAD), z.array(z.string().max(300, RELOAD)).max(200, RELOAD)])
      .optional()
      .transform((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v])),
  })
  .transform((value, ctx) => {
    const ids = ([] as string[]).concat(value.productId ?? []);
    const quantities = ([] as string[]).concat(value.quantity ?? []);
    const items: { productId: number; quantity: number }[] = [];
    ids.forEach((id, i) => {
      const productId = Number(id);
      const quantity = Number(quantities[i] ?? '');
      if (!id || !quantities[i] || quantity === 0) return;
      if (!Number.isInteger(productId) || productId <= 0 || !Number.isInteger(quantity) || quantity < 0 || quantity > 1000) {
        ctx.addIssue({ code: 'custom', path: ['items'], message: 'Each quantity must be a whole number from 1 to 1000.' });
        return;
      }
      items.push({ productId, quantity });
    });
    if (items.length === 0) ctx.addIssue({ code: 'custom', path: ['items'], message: 'Approve at least one medicine with a quantity.' });
    return { ...value, items };
  });
export type ApproveInput = z.input<typeof approveSchema>;

export const rejectSchema = z.object({
  prescriptionId: prescriptionIdSchema,
  reason: z.enum(REJECTION_REASONS, { error: 'Choose a reason.' }),
  detail: z.string().trim().min(3, 'Tell the shopper what to do next.').max(1000, 'Keep it under 1000 characters.'),
  internalNote: optionalText(2000, 'Keep the note under 2000 characters.'),
});
export type RejectInput = z.input<typeof rejectSchema>;

export const QUEUE_FILTERS = ['pending', 'approved', 'rejected', 'all'] as const;
export const queueFilterSchema = z.object({
  status: z.enum(QUEUE_FILTERS).catch('pending'),
  ocr: z.enum(['any', 'done', 'failed', 'waiting']).catch('any'),
  flagged: z.enum(['0', '1']).catch('0'),
  q: z.string().trim().max(100).catch(''),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;
