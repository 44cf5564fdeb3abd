import 'server-only';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { prescriptions } from '@/db/schema';
import { resolvePatientId } from './patients';
import type { LinePatient } from './validation';

/**
 * Whom each prescription-only line is for: the shopper's choice when it is their own patient (any
 * other id, forged or archived, is refused with PatientNotFoundError), else the patient of the
 * prescription sent with the order, else the account's "self".
 */
export async function patientsForRxLines(
  tx: Transaction,
  input: { userId: string; rxProductIds: number[]; choices: readonly LinePatient[]; prescriptionIds: readonly string[] },
): Promise<Map<number, string>> {
  const result = new Map<number, string>();
  if (input.rxProductIds.length === 0) return result;
  const [fromPrescription] = input.prescriptionIds.length
    ? await tx
        .select({ patientId: prescriptions.patientId })
        .from(prescriptions)
        .where(and(eq(prescriptions.userId, input.userId), inArray(prescriptions.id, [...input.prescriptionIds]), isNotNull(prescriptions.patientId)))
        .limit(1)
    : [];
  const chosen = new Map(input.choices.map((c) => [c.productId, c.patientId]));
  const fallback = fromPrescription?.patientId ?? null;
  for (const productId of input.rxProductIds) {
    const choice = chosen.get(productId) ?? null;
    result.set(productId, await resolvePatientId(tx, input.userId, choice ?? fallback, 'linePatient'));
  }
  return result;
}
