import 'server-only';
import { db, type Database } from '@/db/client';
import type { EsewaFormFields } from '@/lib/payments/esewa';
import { preparePayment, retryPayment, startLinkPayment } from './attempts';
import { OrderNotPayableError } from './errors';
import type { OnlineMethod } from './providers';

/** Where to send the shopper to pay: eSewa takes a form POSTed from the browser, Khalti a link. */
export type PaymentStart =
  | { method: 'esewa'; action: { type: 'form'; url: string; fields: EsewaFormFields } }
  | { method: 'khalti'; action: { type: 'redirect'; url: string } };

/**
 * Paying an order from an app (POST /api/v1/orders/{number}/payment): the pay page's own steps
 * (lib/payments/attempts.ts), composed without a browser in between. The open attempt is reused;
 * after a failed or cancelled one, or to switch method, a new attempt is opened exactly as the pay
 * page's retry does. Null when the order is not this shopper's online-payment order; throws
 * OrderNotPayableError when it is paid, being confirmed, or past its time.
 */
export async function startPaymentForShopper(input: { orderNumber: string; userId: string; method?: OnlineMethod }, database: Database = db): Promise<PaymentStart | null> {
  const { orderNumber, userId } = input;
  const state = await preparePayment({ orderNumber, userId }, database);
  if (!state) return null;
  switch (state.kind) {
    case 'paid':
      throw new OrderNotPayableError('This order is already paid.');
    case 'checking':
      throw new OrderNotPayableError('Your last payment is still being confirmed. Please wait a few minutes.');
    case 'closed':
      throw new OrderNotPayableError(state.order.expired ? 'The time to pay for this order has run out.' : undefined);
    case 'redirect':
      if (!input.method || input.method === 'esewa') return { method: 'esewa', action: { type: 'form', url: state.formUrl, fields: state.fields } };
      break;
    case 'start':
      if (!input.method || input.method === state.order.paymentMethod) return linkFor(orderNumber, userId, database);
      break;
    case 'retry':
      break;
  }
  // A retry, or another method than the order's: a new attempt, as the pay page's retry opens one.
  const method = input.method ?? (state.kind === 'retry' ? state.lastProvider : state.order.paymentMethod);
  const retried = await retryPayment({ orderNumber, userId, method }, database);
  if (!retried) return null;
  if (retried.method !== 'esewa') return linkFor(orderNumber, userId, database);
  const form = await preparePayment({ orderNumber, userId }, database);
  if (form?.kind !== 'redirect') throw new OrderNotPayableError();
  return { method: 'esewa', action: { type: 'form', url: form.formUrl, fields: form.fields } };
}

async function linkFor(orderNumber: string, userId: string, database: Database): Promise<PaymentStart | null> {
  const started = await startLinkPayment({ orderNumber, userId }, database);
  return started ? { method: 'khalti', action: { type: 'redirect', url: started.url } } : null;
}
