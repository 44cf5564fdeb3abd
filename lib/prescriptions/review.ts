import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Database, type Transaction } from '@/db/client';
import { orderPrescriptions, orders, prescriptionItems, prescriptions, products, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertPrescriberRecorded } from '@/lib/controlled/approval';
import { stockTransaction } from '@/lib/inventory/change-stock';
import type { Role } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import { hasDayPassed, nepalToday } from '@/lib/nepal-time';
import { notifyShopper } from '@/lib/notifications/notify-shopper';
import { transitionOrder } from '@/lib/orders/transitions';
import { unacknowledged } from '@/lib/safety/check';
import { emitWebhookEvent } from '@/lib/webhooks/emit';
import { safetyReviewForPrescription } from '@/lib/safety/load';
import { coverageGaps } from './coverage';
import {
  PrescriptionAlreadyReviewedError,
  PrescriptionNotFoundError,
  ProductNotFoundForApprovalError,
  SelfReviewError,
  UnacknowledgedWarningsError,
  ValidityInPastError,
} from './errors';
import { approveSchema, REJECTION_REASON_LABELS, rejectSchema, type ApproveInput, type RejectInput } from './validation';

export type Reviewer = { id: string; role: Role; ip?: string | null };
export type ReviewOutcome = { prescriptionId: string; confirmedOrders: string[]; cancelledOrders: string[] };

/** Orders first, then the prescription: the same lock order as transitionOrder → coverage guard. */
async function lockForReview(tx: Transaction, prescriptionId: string, reviewer: Reviewer) {
  const linked = await tx
    .select({ id: orders.id })
    .from(orders)
    .innerJoin(orderPrescriptions, eq(orderPrescriptions.orderId, orders.id))
    .where(eq(orderPrescriptions.prescriptionId, prescriptionId))
    .orderBy(orders.id)
    .for('update', { of: orders });
  const [prescription] = await tx
    .select({ id: prescriptions.id, status: prescriptions.status, userId: prescriptions.userId, email: users.email, name: users.name })
    .from(prescriptions)
    .innerJoin(users, eq(users.id, prescriptions.userId))
    .where(eq(prescriptions.id, prescriptionId))
    .for('update', { of: prescriptions });
  if (!prescription) throw new PrescriptionNotFoundError();
  if (prescription.userId === reviewer.id) throw new SelfReviewError();
  if (prescription.status !== 'pending') throw new PrescriptionAlreadyReviewedError();
  const orderRows = linked.length
    ? await tx
        .select({ id: orders.id, number: orders.number, status: orders.status })
        .from(orders)
        .where(inArray(orders.id, linked.map((o) => o.id)))
        .orderBy(orders.id)
    : [];
  return { prescription, orders: orderRows };
}

/**
 * Approves a pending prescription for the given medicines and quantities, then confirms every
 * linked order waiting for it whose prescription-only lines are now all covered. The safety
 * warnings (lib/safety) are computed again under the locks; any the pharmacist did not
 * acknowledge refuses the approval (UnacknowledgedWarningsError), and the acknowledged ones are audited.
 */
export async function approvePrescription(raw: ApproveInput, reviewer: Reviewer, database: Database = db): Promise<ReviewOutcome> {
  const input = approveSchema.parse(raw);
  if (hasDayPassed(input.validUntil, nepalToday())) throw new ValidityInPastError();
  return stockTransaction(database, async (tx) => {
    const { prescription, orders: linked } = await lockForReview(tx, input.prescriptionId, reviewer);
    const { warnings } = await safetyReviewForPrescription(tx, prescription.id);
    const missing = unacknowledged(warnings, input.acknowledge);
    if (missing.length > 0) throw new UnacknowledgedWarningsError(missing.length);
    const merged = new Map<number, number>();
    for (const item of input.items) merged.set(item.productId, (merged.get(item.productId) ?? 0) + item.quantity);
    const known = await tx
      .select({ id: products.id, brandName: products.brandName, strength: products.strength })
      .from(products)
      .where(inArray(products.id, [...merged.keys()]));
    if (known.length !== merged.size) throw new ProductNotFoundForApprovalError();
    const prescriber = { name: input.prescriberName, nmcNumber: input.prescriberNmcNumber };
    const controlled = await assertPrescriberRecorded(tx, prescription.id, [...merged.keys()], prescriber);

    await tx
      .update(prescriptions)
      .set({
        status: 'approved',
        reviewerId: reviewer.id,
        reviewedAt: sql`now()`,
        validUntil: input.validUntil,
        messageToCustomer: input.messageToCustomer,
        internalNote: input.internalNote,
        prescriberName: prescriber.name,
        prescriberNmcNumber: prescriber.nmcNumber,
        updatedAt: sql`now()`,
      })
      .where(eq(prescriptions.id, prescription.id));
    await tx.insert(prescriptionItems).values([...merged].map(([productId, quantityApproved]) => ({ prescriptionId: prescription.id, productId, quantityApproved })));

    const confirmedOrders: string[] = [];
    for (const order of linked) {
      if (order.status !== 'awaiting_prescription') continue;
      if ((await coverageGaps(tx, order.id)).length > 0) continue;
      await transitionOrder(tx, { orderId: order.id, to: 'confirmed', actor: { id: reviewer.id, role: reviewer.role }, note: 'Prescription approved' });
      confirmedOrders.push(order.number);
    }

    if (warnings.length > 0) {
      await recordAudit(tx, {
        actorId: reviewer.id,
        actorRole: reviewer.role,
        action: 'prescription.safety_warnings_acknowledged',
        entityType: 'prescription',
        entityId: prescription.id,
        ip: reviewer.ip ?? null,
        details: { warnings: warnings.map((w) => ({ id: w.id, type: w.type, severity: w.severity, patient: w.patientName, title: w.title, source: w.source })) },
      });
    }
    await recordAudit(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: 'prescription.approved',
      entityType: 'prescription',
      entityId: prescription.id,
      ip: reviewer.ip ?? null,
      details: { items: [...merged].map(([productId, quantity]) => ({ productId, quantity })), validUntil: input.validUntil, confirmedOrders, warningsAcknowledged: warnings.length, prescriber, controlled },
    });
    await emitWebhookEvent(tx, 'prescription.decided', { prescriptionId: prescription.id, decision: 'approved', validUntil: input.validUntil, rejectionReason: null, confirmedOrders, cancelledOrders: [] });
    const names = new Map(known.map((p) => [p.id, `${p.brandName} ${p.strength}`.trim()]));
    await notifyShopper(tx, {
      userId: prescription.userId,
      toEmail: prescription.email,
      template: 'prescription-approved',
      payload: {
        name: prescription.name,
        validUntil: input.validUntil,
        medicines: [...merged].map(([productId, quantity]) => ({ name: names.get(productId) ?? '', quantity })),
        message: input.messageToCustomer,
        url: `${env.APP_URL}/prescriptions/${prescription.id}`,
      },
    });
    return { prescriptionId: prescription.id, confirmedOrders, cancelledOrders: [] };
  });
}

/**
 * Rejects a pending prescription. Linked orders that were waiting on it, and have no other
 * prescription still in play, are cancelled: stock goes back, paid ones become refund_due.
 */
export async function rejectPrescription(raw: RejectInput, reviewer: Reviewer, database: Database = db): Promise<ReviewOutcome> {
  const input = rejectSchema.parse(raw);
  // Cancelled orders put their stock back; the shop shows it once this commits.
  return stockTransaction(database, async (tx) => {
    const { prescription, orders: linked } = await lockForReview(tx, input.prescriptionId, reviewer);
    await tx
      .update(prescriptions)
      .set({
        status: 'rejected',
        reviewerId: reviewer.id,
        reviewedAt: sql`now()`,
        rejectionReason: input.reason,
        rejectionDetail: input.detail,
        messageToCustomer: input.detail,
        internalNote: input.internalNote,
        updatedAt: sql`now()`,
      })
      .where(eq(prescriptions.id, prescription.id));

    const cancelledOrders: string[] = [];
    for (const order of linked) {
      if (order.status !== 'awaiting_prescription' && order.status !== 'pending_payment') continue;
      const [other] = await tx
        .select({ id: prescriptions.id })
        .from(orderPrescriptions)
        .innerJoin(prescriptions, eq(prescriptions.id, orderPrescriptions.prescriptionId))
        .where(
          and(
            eq(orderPrescriptions.orderId, order.id),
            sql`${prescriptions.id} <> ${prescription.id}`,
            sql`(${prescriptions.status} = 'pending' or (${prescriptions.status} = 'approved' and ${prescriptions.validUntil} >= ${nepalToday()}::date))`,
          ),
        )
        .limit(1);
      if (other) continue;
      await transitionOrder(tx, {
        orderId: order.id,
        to: 'cancelled',
        actor: { id: reviewer.id, role: reviewer.role },
        note: `Prescription not accepted: ${REJECTION_REASON_LABELS[input.reason].toLowerCase()}`,
      });
      cancelledOrders.push(order.number);
    }

    await recordAudit(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: 'prescription.rejected',
      entityType: 'prescription',
      entityId: prescription.id,
      ip: reviewer.ip ?? null,
      details: { reason: input.reason, cancelledOrders },
    });
    await emitWebhookEvent(tx, 'prescription.decided', { prescriptionId: prescription.id, decision: 'rejected', validUntil: null, rejectionReason: input.reason, confirmedOrders: [], cancelledOrders });
    await notifyShopper(tx, {
      userId: prescription.userId,
      toEmail: prescription.email,
      template: 'prescription-rejected',
      payload: {
        name: prescription.name,
        reason: REJECTION_REASON_LABELS[input.reason].toLowerCase(),
        detail: input.detail,
        cancelledOrders,
        url: `${env.APP_URL}/prescriptions/new`,
      },
    });
    return { prescriptionId: prescription.id, confirmedOrders: [], cancelledOrders };
  });
}
