import type { PaymentMethod } from '@/db/schema/orders';

/** How each way to pay is named to people (safe for client components: no configuration here). */
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = { esewa: 'eSewa', khalti: 'Khalti', cod: 'Cash on delivery' };
