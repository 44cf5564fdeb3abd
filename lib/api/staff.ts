import 'server-only';
import type { z } from 'zod';
import { getOrderForStaff, type StaffOrderDetail } from '@/lib/admin/orders/detail';
import { performOrderStep } from '@/lib/admin/orders/perform-step';
import { OrderNotFoundError } from '@/lib/orders/errors';
import { approvePrescription, rejectPrescription, type ReviewOutcome } from '@/lib/prescriptions/review';
import { getPrescriptionForReview } from '@/lib/prescriptions/staff-queries';
import { safetyReviewForPrescription } from '@/lib/safety/load';
import { db } from '@/db/client';
import type { ApiCaller } from './authenticate';
import type { staffDecisionBody, staffOrderSchema, staffPrescriptionSchema } from './contract/staff';

/**
 * The staff endpoints' work: the back office's own functions (performOrderStep, approve/reject,
 * the review page's queries), called as the staff member behind the token, shaped for the API.
 */
export async function staffOrder(number: string): Promise<z.input<typeof staffOrderSchema>> {
  const order = await getOrderForStaff(number);
  if (!order) throw new OrderNotFoundError();
  return toStaffOrder(order);
}

export async function performStaffOrderStep(caller: ApiCaller, number: string, body: Record<string, unknown>): Promise<z.input<typeof staffOrderSchema>> {
  const order = await getOrderForStaff(number);
  if (!order) throw new OrderNotFoundError();
  await performOrderStep({ ...body, orderId: order.id }, { id: caller.user.id, role: caller.user.role });
  return staffOrder(number);
}

function toStaffOrder(order: StaffOrderDetail): z.input<typeof staffOrderSchema> {
  return {
    number: order.number,
    createdAt: order.createdAt.toISOString(),
    status: order.status,
    paymentStatus: order.paymentStatus,
    paymentMethod: order.paymentMethod,
    totalPaisa: order.totalPaisa,
    customer: { name: order.customer.name, phone: order.customer.phone },
    address: order.address,
    courier: order.courier,
    trackingNote: order.trackingNote,
    lines: order.lines.map((l) => ({ productId: l.productId, name: l.name, strength: l.strength, quantity: l.quantity, requiresPrescription: l.requiresPrescription })),
    steps: order.steps,
  };
}

export async function staffPrescription(id: string): Promise<z.input<typeof staffPrescriptionSchema>> {
  const [p, safety] = await Promise.all([getPrescriptionForReview(id), safetyReviewForPrescription(db, id)]);
  const hints = p.ocr.hints;
  return {
    id: p.id,
    status: p.status,
    uploadedAt: p.uploadedAt.toISOString(),
    customerName: p.customer.name,
    flags: p.flags,
    ocr: { status: p.ocr.status, text: p.ocr.text, nmcNumber: hints?.nmcNumber ?? null, doctorName: hints?.doctorName ?? null, patientName: hints?.patientName ?? null, date: hints?.date ?? null },
    orders: p.orders.map((o) => ({ number: o.number, status: o.status, rxLines: o.rxLines })),
    warnings: safety.warnings,
  };
}

/** The review page's decision: the API's item list becomes the form's parallel fields. */
export async function decideStaffPrescription(caller: ApiCaller, id: string, body: z.output<typeof staffDecisionBody>, ip: string | null): Promise<ReviewOutcome & { decision: 'approve' | 'reject' }> {
  const reviewer = { id: caller.user.id, role: caller.user.role, ip };
  if (body.decision === 'approve') {
    const outcome = await approvePrescription(
      {
        prescriptionId: id,
        productId: body.items.map((i) => String(i.productId)),
        quantity: body.items.map((i) => String(i.quantity)),
        validUntil: body.validUntil,
        messageToCustomer: body.messageToCustomer,
        internalNote: body.internalNote,
        acknowledge: body.acknowledge ?? [],
        prescriberName: body.prescriberName,
        prescriberNmcNumber: body.prescriberNmcNumber,
      },
      reviewer,
    );
    return { ...outcome, decision: 'approve' };
  }
  const outcome = await rejectPrescription({ prescriptionId: id, reason: body.reason, detail: body.detail, internalNote: body.internalNote }, reviewer);
  return { ...outcome, decision: 'reject' };
}
