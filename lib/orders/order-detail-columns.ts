import { orders } from '@/db/schema';

/** The orders columns both the shopper's and the staff's order page show; each query adds its own. */
export const orderDetailColumns = {
  id: orders.id,
  number: orders.number,
  createdAt: orders.createdAt,
  status: orders.status,
  paymentStatus: orders.paymentStatus,
  paymentMethod: orders.paymentMethod,
  subtotalPaisa: orders.subtotalPaisa,
  deliveryFeePaisa: orders.deliveryFeePaisa,
  totalPaisa: orders.totalPaisa,
  address: orders.address,
  deliveryNotes: orders.deliveryNotes,
  courier: orders.courier,
  trackingNote: orders.trackingNote,
  cancelReason: orders.cancelReason,
};
