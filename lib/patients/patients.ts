import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { patients, users, type PatientRelationship, type PatientSex } from '@/db/schema';
import { nepalToday } from '@/lib/nepal-time';
import { describeAge } from './age';
import { PatientLimitError, PatientNotFoundError, SelfPatientRemovalError } from './errors';
import type { PatientInput } from './validation';

export const MAX_PATIENTS = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Executor = Database | Transaction;

const columns = {
  id: patients.id,
  relationship: patients.relationship,
  name: patients.name,
  birthDate: patients.birthDate,
  birthDateEstimated: patients.birthDateEstimated,
  sex: patients.sex,
  allergies: patients.allergies,
  conditions: patients.conditions,
};

export type PatientDto = {
  id: string;
  relationship: PatientRelationship;
  name: string;
  birthDate: string | null;
  birthDateEstimated: boolean;
  sex: PatientSex | null;
  allergies: string;
  conditions: string;
  /** "34 years", "about 45 years", "8 months"; null until a date of birth or age is given. */
  age: string | null;
};

function toDto(row: Omit<PatientDto, 'age'>): PatientDto {
  return { ...row, age: describeAge(row.birthDate, row.birthDateEstimated, nepalToday()) };
}

// Every query is scoped by the owner as well as the patient id; archived patients are gone for the shopper.
const owned = (userId: string, id: string) => and(eq(patients.id, id), eq(patients.userId, userId), isNull(patients.archivedAt));

/** The account's patients, "self" first. */
export async function listPatients(db: Executor, userId: string): Promise<PatientDto[]> {
  const rows = await db
    .select(columns)
    .from(patients)
    .where(and(eq(patients.userId, userId), isNull(patients.archivedAt)))
    .orderBy(sql`case when ${patients.relationship} = 'self' then 0 else 1 end`, asc(patients.createdAt), asc(patients.id));
  return rows.map(toDto);
}

export async function getPatient(db: Executor, userId: string, id: string): Promise<PatientDto | null> {
  const [row] = await db.select(columns).from(patients).where(owned(userId, id)).limit(1);
  return row ? toDto(row) : null;
}

/** The account holder as a patient, made from the account's name the first time it is needed. */
export async function ensureSelfPatient(db: Executor, userId: string): Promise<PatientDto> {
  const [existing] = await db.select(columns).from(patients).where(and(eq(patients.userId, userId), eq(patients.relationship, 'self'))).limit(1);
  if (existing) return toDto(existing);
  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  if (!user) throw new PatientNotFoundError();
  // Two first visits at once: the partial unique index keeps one, and the loser reads it.
  await db.insert(patients).values({ userId, relationship: 'self', name: user.name }).onConflictDoNothing();
  const [row] = await db.select(columns).from(patients).where(and(eq(patients.userId, userId), eq(patients.relationship, 'self'))).limit(1);
  return toDto(row!);
}

/** The account's patients, with "self" made first if it is not there yet: what pickers offer. */
export async function patientsForPicker(db: Executor, userId: string): Promise<PatientDto[]> {
  await ensureSelfPatient(db, userId);
  return listPatients(db, userId);
}

export async function createPatient(db: Database, userId: string, input: PatientInput): Promise<PatientDto> {
  return db.transaction(async (tx) => {
    await ensureSelfPatient(tx, userId);
    // Locks the account's row so two quick submissions cannot both pass the limit.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(patients).where(and(eq(patients.userId, userId), isNull(patients.archivedAt)));
    if ((count?.n ?? 0) >= MAX_PATIENTS) throw new PatientLimitError(MAX_PATIENTS);
    const [row] = await tx
      .insert(patients)
      .values({ userId, relationship: input.relationship ?? 'other', ...details(input) })
      .returning(columns);
    return toDto(row!);
  });
}

/** Changes a patient's details; "self" stays self whatever the form says. */
export async function updatePatient(db: Executor, userId: string, id: string, input: PatientInput): Promise<PatientDto> {
  const current = await getPatient(db, userId, id);
  if (!current) throw new PatientNotFoundError('id');
  const relationship = current.relationship === 'self' ? 'self' : (input.relationship ?? current.relationship);
  const [row] = await db
    .update(patients)
    .set({ ...details(input), relationship, updatedAt: new Date() })
    .where(owned(userId, id))
    .returning(columns);
  if (!row) throw new PatientNotFoundError('id');
  return toDto(row);
}

/** Removes a patient from the account; the row stays (archived) for the prescriptions and orders that name it. */
export async function removePatient(db: Executor, userId: string, id: string): Promise<void> {
  const current = await getPatient(db, userId, id);
  if (!current) throw new PatientNotFoundError('id');
  if (current.relationship === 'self') throw new SelfPatientRemovalError();
  const removed = await db.update(patients).set({ archivedAt: new Date(), updatedAt: new Date() }).where(owned(userId, id)).returning({ id: patients.id });
  if (removed.length === 0) throw new PatientNotFoundError('id');
}

/**
 * The patient a prescription or order line is for: the given one when it is the account's own
 * (else PatientNotFoundError, whatever the reason), or "self" when none is given.
 */
export async function resolvePatientId(db: Executor, userId: string, patientId: string | null | undefined, field = 'patientId'): Promise<string> {
  if (!patientId) return (await ensureSelfPatient(db, userId)).id;
  if (!UUID.test(patientId)) throw new PatientNotFoundError(field);
  const [row] = await db.select({ id: patients.id }).from(patients).where(owned(userId, patientId)).limit(1);
  if (!row) throw new PatientNotFoundError(field);
  return row.id;
}

function details(input: PatientInput) {
  return {
    name: input.name,
    birthDate: input.birthDate,
    birthDateEstimated: input.birthDateEstimated,
    sex: input.sex,
    allergies: input.allergies,
    conditions: input.conditions,
  };
}
