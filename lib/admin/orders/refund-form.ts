import 'server-only';
import { z } from 'zod';
import { isWholePaisa, rupeesToPaisa } from '@/lib/money';
import { recordRefundSchema } from '@/lib/payments/refunds';

/**
 * The refund form: staff type rupees as eSewa's portal shows them; the payments engineer's
 * recordRefund takes paisa. Blank means everything not refunded yet.
 */
export const refundFormSchema = z
  .object({
    orderId: z.uuid(),
    reference: recordRefundSchema.shape.reference,
    amountRupees: z.preprocess(
      (v) => (v === '' || v === undefined ? undefined : v),
      z.coerce.number({ error: 'Enter the amount refunded' }).positive('Enter the amount refunded').max(10_000_000).refine(isWholePaisa, 'At most two decimals').optional(),
    ),
  })
  .transform(({ amountRupees, ...rest }) => ({ ...rest, amountPaisa: amountRupees === undefined ? undefined : rupeesToPaisa(amountRupees) }));
