import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orderEvents, orders, payments } from '@/db/schema';
import { preparePayment, startLinkPayment } from '@/lib/payments/attempts';
import type { EsewaFormFields } from '@/lib/payments/esewa';
import { placeTestOrder } from './factories/orders';
import { createProduct } from './factories/products';

/**
 * Shared by the payment integration tests. Files using it start a sandbox in `vi.hoisted` and
 * point ESEWA_FORM_URL/ESEWA_STATUS_URL at it before lib/env is first imported.
 */
export async function placeEsewaOrder(options: { pricePaisa?: number; quantity?: number; requiresPrescription?: boolean } = {}) {
  const product = await createProduct({ pricePaisa: options.pricePaisa ?? 12_345, requiresPrescription: options.requiresPrescription });
  const { customer: shopper, ...order } = await placeTestOrder({ paymentMethod: 'esewa', lines: [{ productId: product.id, quantity: options.quantity ?? 2 }] });
  return { shopper, product, order };
}

/** What the pay page would post: opens (or reuses) the attempt and returns its signed fields. */
export async function signedFormFor(order: { number: string }, userId: string): Promise<EsewaFormFields> {
  const state = await preparePayment({ orderNumber: order.number, userId });
  if (state?.kind !== 'redirect') throw new Error(`expected a payable order, got ${state?.kind}`);
  return state.fields;
}

async function post(url: string, fields: Record<string, string>): Promise<Response> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
  if (response.status >= 400) throw new Error(`sandbox answered ${response.status}: ${await response.text()}`);
  return response;
}

/** The shopper's browser at the sandbox: post the form, press Pay or Cancel; returns where eSewa sends them. */
export async function decideAtSandbox(formUrl: string, fields: EsewaFormFields, choice: 'pay' | 'cancel'): Promise<string> {
  await post(formUrl, fields);
  const response = await post(new URL(`/api/epay/main/v2/${choice}`, formUrl).toString(), { transaction_uuid: fields.transaction_uuid });
  return response.headers.get('location')!;
}

export async function orderState(orderId: string) {
  const [order] = await db.select({ status: orders.status, paymentStatus: orders.paymentStatus }).from(orders).where(eq(orders.id, orderId));
  const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.id);
  const attempts = await db.select().from(payments).where(eq(payments.orderId, orderId)).orderBy(payments.createdAt);
  return { ...order!, events, attempts };
}

export async function placeKhaltiOrder(options: { pricePaisa?: number; quantity?: number; requiresPrescription?: boolean } = {}) {
  const product = await createProduct({ pricePaisa: options.pricePaisa ?? 12_345, requiresPrescription: options.requiresPrescription });
  const { customer: shopper, ...order } = await placeTestOrder({ paymentMethod: 'khalti', lines: [{ productId: product.id, quantity: options.quantity ?? 2 }] });
  return { shopper, product, order };
}

/** What the pay page's Khalti button does: opens the attempt and Khalti's session; returns the payment page URL. */
export async function khaltiPaymentUrl(order: { number: string }, userId: string): Promise<string> {
  const started = await startLinkPayment({ orderNumber: order.number, userId });
  if (!started) throw new Error('expected the shopper’s own order');
  return started.url;
}

/** The shopper's browser on the Khalti sandbox's page: press Pay or Cancel; returns where Khalti sends them. */
export async function decideAtKhalti(paymentUrl: string, choice: 'pay' | 'cancel'): Promise<string> {
  const pidx = new URL(paymentUrl).searchParams.get('pidx')!;
  const page = await fetch(paymentUrl);
  if (page.status !== 200) throw new Error(`Khalti sandbox page answered ${page.status}`);
  const response = await post(new URL(choice === 'pay' ? '/pay/confirm' : '/pay/cancel', paymentUrl).toString(), { pidx });
  return response.headers.get('location')!;
}
