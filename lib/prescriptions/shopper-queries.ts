import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orderPrescriptions, orders, patients, prescriptionItems, prescriptions, products, type OrderStatus } from '@/db/schema';
import { nepalToday } from '@/lib/nepal-time';
import { usageByItem } from './coverage';
import { PrescriptionNotFoundError } from './errors';
import type { StoredHints } from './ocr-jobs';
import { shownStatus, type ShownStatus } from './status';
import { REJECTION_REASON_LABELS, type RejectionReason } from './validation';

/**
 * What a shopper may see of their own prescription. Built from named columns only: the
 * pharmacist's internal note, flags, reviewer and raw OCR text never leave this module.
 */
export type ShopperPrescriptionSummary = {
  id: string;
  status: ShownStatus;
  uploadedAt: Date;
  validUntil: string | null;
  reading: boolean;
  /** Whom it is for (lib/patients); null on prescriptions from before patients existed. */
  patientName: string | null;
};

export type ShopperPrescription = ShopperPrescriptionSummary & {
  fileMime: string;
  /** Images to show, one per page of an uploaded PDF. */
  pageCount: number;
  reviewedAt: Date | null;
  messageToCustomer: string | null;
  rejectionReason: string | null;
  ocr: { status: 'queued' | 'running' | 'done' | 'failed'; doctorName: string | null; date: string | null; medicines: string[] };
  covers: { productId: number; name: string; quantityApproved: number; quantityUsed: number }[];
  orders: { id: string; number: string; status: OrderStatus }[];
};

const summaryColumns = {
  id: prescriptions.id,
  status: prescriptions.status,
  uploadedAt: prescriptions.createdAt,
  validUntil: prescriptions.validUntil,
  ocrStatus: prescriptions.ocrStatus,
  patientName: patients.name,
};

export async function listMyPrescriptions(userId: string): Promise<ShopperPrescriptionSummary[]> {
  const today = nepalToday();
  const rows = await db
    .select(summaryColumns)
    .from(prescriptions)
    .leftJoin(patients, eq(patients.id, prescriptions.patientId))
    .where(eq(prescriptions.userId, userId))
    .orderBy(desc(prescriptions.createdAt))
    .limit(100);
  return rows.map((r) => ({
    id: r.id,
    status: shownStatus(r.status, r.validUntil, today),
    uploadedAt: r.uploadedAt,
    validUntil: r.validUntil,
    reading: r.ocrStatus === 'queued' || r.ocrStatus === 'running',
    patientName: r.patientName,
  }));
}

/** Approved, unexpired prescriptions a shopper can attach to a new order at checkout. */
export async function listMyUsablePrescriptions(userId: string): Promise<ShopperPrescriptionSummary[]> {
  return (await listMyPrescriptions(userId)).filter((p) => p.status === 'approved' || p.status === 'pending');
}

/** Someone else's prescription, or a malformed id, is simply not found. */
export async function getMyPrescription(userId: string, prescriptionId: string): Promise<ShopperPrescription> {
  const [row] = await db
    .select({
      ...summaryColumns,
      fileMime: prescriptions.fileMime,
      extraPageKeys: prescriptions.extraPageKeys,
      reviewedAt: prescriptions.reviewedAt,
      messageToCustomer: prescriptions.messageToCustomer,
      rejectionReason: prescriptions.rejectionReason,
      ocrHints: prescriptions.ocrHints,
    })
    .from(prescriptions)
    .leftJoin(patients, eq(patients.id, prescriptions.patientId))
    .where(and(eq(prescriptions.id, prescriptionId), eq(prescriptions.userId, userId)));
  if (!row) throw new PrescriptionNotFoundError();

  const [items, linked, usage] = await Promise.all([
    db
      .select({ productId: prescriptionItems.productId, brandName: products.brandName, strength: products.strength, quantityApproved: prescriptionItems.quantityApproved })
      .from(prescriptionItems)
      .innerJoin(products, eq(products.id, prescriptionItems.productId))
      .where(eq(prescriptionItems.prescriptionId, row.id))
      .orderBy(prescriptionItems.id),
    db
      .select({ id: orders.id, number: orders.number, status: orders.status })
      .from(orderPrescriptions)
      .innerJoin(orders, eq(orders.id, orderPrescriptions.orderId))
      // Belt and braces: only the shopper's own orders, even if a link were ever made wrongly.
      .where(and(eq(orderPrescriptions.prescriptionId, row.id), eq(orders.userId, userId)))
      .orderBy(desc(orders.createdAt)),
    usageByItem(db, [row.id]),
  ]);
  const hints = row.ocrHints as StoredHints | null;
  return {
    id: row.id,
    status: shownStatus(row.status, row.validUntil, nepalToday()),
    uploadedAt: row.uploadedAt,
    validUntil: row.validUntil,
    reading: row.ocrStatus === 'queued' || row.ocrStatus === 'running',
    patientName: row.patientName,
    fileMime: row.fileMime,
    pageCount: 1 + row.extraPageKeys.length,
    reviewedAt: row.reviewedAt,
    messageToCustomer: row.messageToCustomer,
    rejectionReason: row.rejectionReason ? REJECTION_REASON_LABELS[row.rejectionReason as RejectionReason] : null,
    ocr: {
      status: row.ocrStatus,
      doctorName: hints?.doctorName ?? null,
      date: hints?.date ?? null,
      medicines: (hints?.medicines ?? []).map((m) => `${m.brandName} ${m.strength}`.trim()),
    },
    covers: items.map((i) => ({
      productId: i.productId,
      name: `${i.brandName} ${i.strength}`.trim(),
      quantityApproved: i.quantityApproved,
      quantityUsed: Math.min(i.quantityApproved, usage.get(`${row.id}:${i.productId}`) ?? 0),
    })),
    orders: linked,
  };
}
