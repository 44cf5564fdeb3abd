import 'server-only';
import { and, asc, desc, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { orderItems, orderPrescriptions, orders, prescriptionItems, prescriptions, products, users, type OrderStatus } from '@/db/schema';
import { containsPattern } from '@/db/like';
import { nepalToday } from '@/lib/nepal-time';
import { usageByItem } from './coverage';
import { crossAccountMatches, SAME_FILE_FLAG, SAME_PRESCRIBER_PATIENT_FLAG, type CrossAccountMatch } from './cross-account';
import { PrescriptionNotFoundError } from './errors';
import type { StoredHints } from './ocr-jobs';
import { shownStatus, type ShownStatus } from './status';
import type { QueueFilter } from './validation';

export type QueueRow = {
  id: string;
  customerName: string;
  customerEmail: string;
  status: ShownStatus;
  uploadedAt: Date;
  waitingMinutes: number;
  ocrStatus: string;
  nmcNumber: string | null;
  flags: string[];
  linkedOrders: number;
};

/** The pharmacist's queue: pending first, oldest first, so nobody waits longest by accident. */
export async function reviewQueue(filter: QueueFilter): Promise<QueueRow[]> {
  const conditions: SQL[] = [];
  if (filter.status !== 'all') conditions.push(eq(prescriptions.status, filter.status));
  if (filter.ocr === 'done') conditions.push(eq(prescriptions.ocrStatus, 'done'));
  if (filter.ocr === 'failed') conditions.push(eq(prescriptions.ocrStatus, 'failed'));
  if (filter.ocr === 'waiting') conditions.push(inArray(prescriptions.ocrStatus, ['queued', 'running']));
  if (filter.flagged === '1') conditions.push(sql`jsonb_array_length(${prescriptions.flags}) > 0`);
  if (filter.q) {
    const like = containsPattern(filter.q);
    conditions.push(or(ilike(users.email, like), ilike(users.name, like))!);
  }
  const rows = await db
    .select({
      id: prescriptions.id,
      customerName: users.name,
      customerEmail: users.email,
      status: prescriptions.status,
      validUntil: prescriptions.validUntil,
      uploadedAt: prescriptions.createdAt,
      waitingMinutes: sql<number>`floor(extract(epoch from (coalesce(${prescriptions.reviewedAt}, now()) - ${prescriptions.createdAt})) / 60)::int`,
      ocrStatus: prescriptions.ocrStatus,
      nmcNumber: sql<string | null>`${prescriptions.ocrHints} ->> 'nmcNumber'`,
      flags: prescriptions.flags,
      linkedOrders: sql<number>`(select count(*)::int from order_prescriptions op where op.prescription_id = ${prescriptions.id})`,
    })
    .from(prescriptions)
    .innerJoin(users, eq(users.id, prescriptions.userId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(sql`case when ${prescriptions.status} = 'pending' then 0 else 1 end`, asc(prescriptions.createdAt))
    .limit(200);
  const today = nepalToday();
  return rows.map(({ validUntil, ...r }) => ({ ...r, status: shownStatus(r.status, validUntil, today), waitingMinutes: Number(r.waitingMinutes) }));
}

export type ReviewOrder = {
  id: string;
  number: string;
  status: OrderStatus;
  createdAt: Date;
  rxLines: { productId: number; name: string; quantity: number }[];
};

export type PrescriptionForReview = {
  id: string;
  status: ShownStatus;
  customer: { id: string; name: string; email: string; phone: string | null };
  uploadedAt: Date;
  fileMime: string;
  /** Images to show, one per page of an uploaded PDF. */
  pageCount: number;
  fileSize: number;
  ocr: { status: string; text: string | null; confidence: number | null; engine: string | null; error: string | null; hints: StoredHints | null };
  flags: string[];
  sameFileElsewhere: { id: string; customerEmail: string }[];
  /** Other accounts' prescriptions with the same file, or the same prescriber and patient name. */
  otherAccounts: CrossAccountMatch[];
  /** As the pharmacist recorded them at review (null before). */
  prescriber: { name: string | null; nmcNumber: string | null };
  review: {
    reviewedAt: Date | null;
    reviewerName: string | null;
    validUntil: string | null;
    messageToCustomer: string | null;
    internalNote: string | null;
    rejectionReason: string | null;
    rejectionDetail: string | null;
  };
  items: { productId: number; name: string; quantityApproved: number; quantityUsed: number }[];
  orders: ReviewOrder[];
  /** Pre-filled approval rows: the orders' Rx lines first, then OCR matches not already listed. */
  suggestions: { productId: number; name: string; quantity: number | null; source: 'order' | 'ocr'; confidence: number | null }[];
};

export async function getPrescriptionForReview(prescriptionId: string): Promise<PrescriptionForReview> {
  const reviewer = sql<string | null>`(select name from users r where r.id = ${prescriptions.reviewerId})`;
  const patientName = sql<string | null>`(select pt.name from patients pt where pt.id = ${prescriptions.patientId})`;
  const [row] = await db
    .select({ p: prescriptions, name: users.name, email: users.email, phone: users.phone, reviewerName: reviewer, patientName })
    .from(prescriptions)
    .innerJoin(users, eq(users.id, prescriptions.userId))
    .where(eq(prescriptions.id, prescriptionId));
  if (!row) throw new PrescriptionNotFoundError();
  const p = row.p;
  const storedHints = p.ocrHints as StoredHints | null;

  const [items, linked, usage, twins, otherAccounts] = await Promise.all([
    db
      .select({ productId: prescriptionItems.productId, brandName: products.brandName, strength: products.strength, quantityApproved: prescriptionItems.quantityApproved })
      .from(prescriptionItems)
      .innerJoin(products, eq(products.id, prescriptionItems.productId))
      .where(eq(prescriptionItems.prescriptionId, p.id))
      .orderBy(prescriptionItems.id),
    db
      .select({ id: orders.id, number: orders.number, status: orders.status, createdAt: orders.createdAt })
      .from(orderPrescriptions)
      .innerJoin(orders, eq(orders.id, orderPrescriptions.orderId))
      .where(eq(orderPrescriptions.prescriptionId, p.id))
      .orderBy(desc(orders.createdAt)),
    usageByItem(db, [p.id]),
    db
      .select({ id: prescriptions.id, customerEmail: users.email })
      .from(prescriptions)
      .innerJoin(users, eq(users.id, prescriptions.userId))
      .where(and(eq(prescriptions.fileSha256, p.fileSha256), ne(prescriptions.id, p.id)))
      .limit(10),
    crossAccountMatches(db, {
      id: p.id,
      userId: p.userId,
      fileSha256: p.fileSha256,
      nmcNumber: p.prescriberNmcNumber ?? storedHints?.nmcNumber ?? null,
      patientNames: [row.patientName, storedHints?.patientName ?? null],
    }),
  ]);
  const lines = linked.length
    ? await db
        .select({ orderId: orderItems.orderId, productId: orderItems.productId, name: orderItems.productName, strength: orderItems.strength, quantity: orderItems.quantity })
        .from(orderItems)
        .where(and(inArray(orderItems.orderId, linked.map((o) => o.id)), eq(orderItems.requiresPrescription, true)))
        .orderBy(orderItems.id)
    : [];
  const reviewOrders: ReviewOrder[] = linked.map((o) => ({
    ...o,
    rxLines: lines.filter((l) => l.orderId === o.id).map((l) => ({ productId: l.productId, name: `${l.name} ${l.strength}`.trim(), quantity: l.quantity })),
  }));

  const hints = storedHints;
  const suggestions = new Map<number, PrescriptionForReview['suggestions'][number]>();
  for (const order of reviewOrders.filter((o) => o.status !== 'cancelled')) {
    for (const line of order.rxLines) {
      const previous = suggestions.get(line.productId);
      suggestions.set(line.productId, { productId: line.productId, name: line.name, quantity: (previous?.quantity ?? 0) + line.quantity, source: 'order', confidence: null });
    }
  }
  for (const match of hints?.medicines ?? []) {
    const existing = suggestions.get(match.productId);
    if (existing) existing.confidence = match.confidence;
    else suggestions.set(match.productId, { productId: match.productId, name: `${match.brandName} ${match.strength}`.trim(), quantity: null, source: 'ocr', confidence: match.confidence });
  }

  // Orders asking for more than was approved: the "reused beyond approval" warning.
  const flags = [...(p.flags ?? [])];
  // The upload flags only the later of two uploads; review flags both, and the same prescriber and patient too.
  if (otherAccounts.some((m) => m.reason === 'same_file') && !flags.includes(SAME_FILE_FLAG)) flags.push(SAME_FILE_FLAG);
  if (otherAccounts.some((m) => m.reason === 'same_prescriber_patient')) flags.push(SAME_PRESCRIBER_PATIENT_FLAG);
  const demanded = new Map<number, number>();
  for (const order of reviewOrders.filter((o) => o.status !== 'cancelled')) for (const l of order.rxLines) demanded.set(l.productId, (demanded.get(l.productId) ?? 0) + l.quantity);
  if (p.status === 'approved' && items.some((i) => (demanded.get(i.productId) ?? 0) > i.quantityApproved)) flags.push('orders_exceed_approval');

  return {
    id: p.id,
    status: shownStatus(p.status, p.validUntil, nepalToday()),
    customer: { id: p.userId, name: row.name, email: row.email, phone: row.phone },
    uploadedAt: p.createdAt,
    fileMime: p.fileMime,
    pageCount: 1 + p.extraPageKeys.length,
    fileSize: p.fileSize,
    ocr: { status: p.ocrStatus, text: p.ocrText, confidence: p.ocrConfidence, engine: p.ocrEngine, error: p.ocrError, hints },
    flags,
    sameFileElsewhere: twins,
    otherAccounts,
    prescriber: { name: p.prescriberName, nmcNumber: p.prescriberNmcNumber },
    review: {
      reviewedAt: p.reviewedAt,
      reviewerName: row.reviewerName,
      validUntil: p.validUntil,
      messageToCustomer: p.messageToCustomer,
      internalNote: p.internalNote,
      rejectionReason: p.rejectionReason,
      rejectionDetail: p.rejectionDetail,
    },
    items: items.map((i) => ({
      productId: i.productId,
      name: `${i.brandName} ${i.strength}`.trim(),
      quantityApproved: i.quantityApproved,
      quantityUsed: Math.min(i.quantityApproved, usage.get(`${p.id}:${i.productId}`) ?? 0),
    })),
    orders: reviewOrders,
    suggestions: [...suggestions.values()],
  };
}
