import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orderItems, orderPrescriptions, prescriptions } from '@/db/schema';

/** A medicine line as it was sold: names and prices are the snapshot taken when the order was placed. */
export type OrderLine = {
  productId: number;
  name: string;
  genericName: string;
  strength: string;
  requiresPrescription: boolean;
  unitPricePaisa: number;
  quantity: number;
  lineTotalPaisa: number;
};

/** The order_items columns behind an OrderLine, for a select shared by the shopper's and the staff's order pages. */
export const orderLineColumns = {
  productId: orderItems.productId,
  name: orderItems.productName,
  genericName: orderItems.genericName,
  strength: orderItems.strength,
  requiresPrescription: orderItems.requiresPrescription,
  unitPricePaisa: orderItems.unitPricePaisa,
  quantity: orderItems.quantity,
  lineTotalPaisa: orderItems.lineTotalPaisa,
};

export type LinkedPrescription = { id: string; status: string; uploadedAt: Date };

/** The prescriptions attached to an order. The caller has already scoped the order to its viewer. */
export function linkedPrescriptions(database: Database, orderId: string): Promise<LinkedPrescription[]> {
  return database
    .select({ id: prescriptions.id, status: prescriptions.status, uploadedAt: prescriptions.createdAt })
    .from(orderPrescriptions)
    .innerJoin(prescriptions, eq(prescriptions.id, orderPrescriptions.prescriptionId))
    .where(eq(orderPrescriptions.orderId, orderId));
}
