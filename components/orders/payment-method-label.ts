import type { PaymentMethod } from '@/db/schema/orders';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';

/** eSewa and Khalti are names, written the same in every language; only cash on delivery is translated. */
export function paymentMethodLabel(method: PaymentMethod, cashOnDelivery: string): string {
  return method === 'cod' ? cashOnDelivery : PAYMENT_METHOD_LABELS[method];
}
