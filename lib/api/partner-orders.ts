import type { DeliveryOrder } from '@/lib/orders/order-feed';

/** A delivery order as a partner sees it: with the cash to take at the door (unpaid cash on delivery). */
export function toPartnerOrder(order: DeliveryOrder) {
  return { ...order, amountToCollectPaisa: order.paymentMethod === 'cod' && order.paymentStatus === 'unpaid' ? order.totalPaisa : 0 };
}
