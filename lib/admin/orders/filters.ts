import { z } from 'zod';
import { orderStatus, paymentMethod, paymentStatus } from '@/db/schema/orders';
import { filterDay, firstValue, optionalFilter } from '@/lib/admin/url-filters';

export const ADMIN_ORDERS_PAGE_SIZE = 25;

const optional = optionalFilter;

/**
 * The order list's filters, read from the URL. Bad values are dropped rather than refused, so an
 * edited link still shows a list. The dashboard builds its links with `ordersHref`.
 */
export const orderFilterSchema = z.object({
  status: optional(z.enum(orderStatus.enumValues)),
  payment: optional(z.enum(paymentStatus.enumValues)),
  method: optional(z.enum(paymentMethod.enumValues)),
  // Nepal calendar days, inclusive.
  from: optional(filterDay),
  to: optional(filterDay),
  // Number, customer or recipient name, or phone.
  q: optional(z.string().trim().min(1).max(100)),
  // Orders that count as sales: not cancelled and not waiting for payment.
  counted: optional(z.literal('1')),
  // Orders with an eSewa attempt reconciliation left PENDING or AMBIGUOUS.
  attention: optional(z.literal('1')),
  // Open holds: unpaid or not yet confirmed (lib/orders/open-holds.ts); the dashboard links here per account.
  open: optional(z.literal('1')),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type OrderFilter = z.output<typeof orderFilterSchema>;

export function parseOrderFilter(raw: Record<string, string | string[] | undefined>): OrderFilter {
  return orderFilterSchema.parse(Object.fromEntries(Object.keys(orderFilterSchema.shape).map((k) => [k, firstValue(raw[k])])));
}

/** The URL of the order list with these filters; empty ones and page 1 are left out. */
export function ordersHref(filter: Partial<OrderFilter>, base = '/admin/orders'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '' || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
