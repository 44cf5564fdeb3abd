import 'server-only';
import { and, desc, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { orderItems, orderPrescriptions, orders, patients, prescriptions, products, type PatientRelationship, type PatientSex } from '@/db/schema';
import { nepalToday } from '@/lib/nepal-time';
import { nepalDateSql } from '@/lib/nepal-time/sql';
import { describeAge } from '@/lib/patients/age';
import { safetyWarnings } from './check';
import type { HistoryLine, PatientFacts, ReviewLine, SafetyWarning } from './types';

type Executor = Database | Transaction;

/** The patient as the pharmacist sees it at review and on the order page. */
export type PatientForStaff = PatientFacts & { relationship: PatientRelationship; sex: PatientSex | null; age: string | null; archived: boolean };

export type SafetyReview = {
  patients: PatientForStaff[];
  warnings: SafetyWarning[];
  /** Whom each reviewed line is for, keyed `${orderId}:${productId}`. */
  patientOfLine: Map<string, PatientForStaff>;
};

const patientColumns = {
  id: patients.id,
  name: patients.name,
  relationship: patients.relationship,
  birthDate: patients.birthDate,
  birthDateEstimated: patients.birthDateEstimated,
  sex: patients.sex,
  allergies: patients.allergies,
  conditions: patients.conditions,
  archivedAt: patients.archivedAt,
};

async function patientsById(db: Executor, ids: string[], today: string): Promise<Map<string, PatientForStaff>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select(patientColumns).from(patients).where(inArray(patients.id, ids));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        relationship: r.relationship,
        birthDate: r.birthDate,
        sex: r.sex,
        allergies: r.allergies,
        conditions: r.conditions,
        age: describeAge(r.birthDate, r.birthDateEstimated, today),
        archived: r.archivedAt !== null,
      },
    ]),
  );
}

const lineColumns = {
  orderId: orderItems.orderId,
  productId: orderItems.productId,
  productName: orderItems.productName,
  strength: orderItems.strength,
  genericName: orderItems.genericName,
  requiresPrescription: orderItems.requiresPrescription,
  quantity: orderItems.quantity,
  patientId: orderItems.patientId,
  dosageForm: products.dosageForm,
  packSize: products.packSize,
};

/**
 * The warnings for some order lines: their patients' allergies and ages, and those patients' other
 * orders still in supply. A prescription-only line from before patients is taken to be for
 * `fallbackPatientId` (the prescription's patient).
 */
async function reviewOf(db: Executor, orderIds: string[], fallbackPatientId: string | null): Promise<SafetyReview> {
  const today = nepalToday();
  const rows = orderIds.length ? await db.select(lineColumns).from(orderItems).innerJoin(products, eq(products.id, orderItems.productId)).where(inArray(orderItems.orderId, orderIds)).orderBy(orderItems.id) : [];
  const patientOf = (r: (typeof rows)[number]) => r.patientId ?? (r.requiresPrescription ? fallbackPatientId : null);
  const ids = [...new Set([fallbackPatientId, ...rows.map(patientOf)].filter((id): id is string => id !== null))];
  const people = await patientsById(db, ids, today);
  const lines: ReviewLine[] = rows.map((r) => {
    const id = patientOf(r);
    return { productName: `${r.productName} ${r.strength}`.trim(), genericName: r.genericName, dosageForm: r.dosageForm, packSize: r.packSize, quantity: r.quantity, patient: id ? (people.get(id) ?? null) : null };
  });
  const history: HistoryLine[] = ids.length
    ? (
        await db
          .select({ ...lineColumns, number: orders.number, orderedOn: sql<string>`${nepalDateSql(orders.createdAt)}::text` })
          .from(orderItems)
          .innerJoin(orders, eq(orders.id, orderItems.orderId))
          .innerJoin(products, eq(products.id, orderItems.productId))
          .where(
            and(
              inArray(orderItems.patientId, ids),
              ne(orders.status, 'cancelled'),
              orderIds.length ? notInArray(orders.id, orderIds) : undefined,
              sql`${orders.createdAt} > now() - interval '200 days'`,
            ),
          )
          .orderBy(desc(orders.createdAt))
          .limit(200)
      ).map((r) => ({ productName: `${r.productName} ${r.strength}`.trim(), genericName: r.genericName, dosageForm: r.dosageForm, packSize: r.packSize, quantity: r.quantity, patientId: r.patientId!, orderNumber: r.number, orderedOn: r.orderedOn }))
    : [];
  const patientOfLine = new Map<string, PatientForStaff>();
  for (const r of rows) {
    const person = people.get(patientOf(r) ?? '');
    if (person) patientOfLine.set(`${r.orderId}:${r.productId}`, person);
  }
  return { patients: [...people.values()], warnings: safetyWarnings({ today, lines, history }), patientOfLine };
}

/** For the prescription review: the linked orders still in play, for the prescription's patient and the lines' patients. */
export async function safetyReviewForPrescription(db: Executor, prescriptionId: string): Promise<SafetyReview> {
  const [prescription] = await db.select({ patientId: prescriptions.patientId }).from(prescriptions).where(eq(prescriptions.id, prescriptionId));
  const linked = await db
    .select({ id: orders.id })
    .from(orderPrescriptions)
    .innerJoin(orders, eq(orders.id, orderPrescriptions.orderId))
    .where(and(eq(orderPrescriptions.prescriptionId, prescriptionId), ne(orders.status, 'cancelled')));
  return reviewOf(db, linked.map((o) => o.id), prescription?.patientId ?? null);
}

/** For the back-office order page: this order's lines, with the patient of its first linked prescription as the fallback. */
export async function safetyReviewForOrder(db: Executor, orderId: string): Promise<SafetyReview> {
  const [first] = await db
    .select({ patientId: prescriptions.patientId })
    .from(orderPrescriptions)
    .innerJoin(prescriptions, eq(prescriptions.id, orderPrescriptions.prescriptionId))
    .where(eq(orderPrescriptions.orderId, orderId))
    .orderBy(orderPrescriptions.createdAt)
    .limit(1);
  return reviewOf(db, [orderId], first?.patientId ?? null);
}
