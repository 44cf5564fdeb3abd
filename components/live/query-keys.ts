/** Every live query's key in one place, so a mutation invalidates exactly what it changed. */
export const liveQueryKeys = {
  cartCount: ['cart', 'count'] as const,
  visitor: ['visitor'] as const,
  prescriptionStatus: (prescriptionId: string) => ['prescription', prescriptionId, 'status'] as const,
  orderPayment: (orderNumber: string) => ['order', orderNumber, 'payment'] as const,
  reviewQueueCount: ['admin', 'prescriptions', 'waiting'] as const,
};
