import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';

/** Staff-facing flags computed at review, beside the upload-time ones stored on the prescription. */
export const SAME_FILE_FLAG = 'same_file_other_account';
export const SAME_PRESCRIBER_PATIENT_FLAG = 'same_prescriber_patient_other_account';

export type CrossAccountMatch = { id: string; customerEmail: string; reason: 'same_file' | 'same_prescriber_patient' };

/** How names compare: case, punctuation and spacing do not tell two patients apart. */
export function comparableName(name: string | null | undefined): string | null {
  const value = (name ?? '').normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
  return value.length >= 2 ? value : null;
}
const COMPARABLE_SQL = (column: ReturnType<typeof sql>) => sql`trim(regexp_replace(lower(normalize(${column}, NFKC)), '[[:space:][:punct:]]+', ' ', 'g'))`;

/**
 * Other accounts' prescriptions that look like this one: the same file (by SHA-256), or the same
 * prescriber (the recorded NMC number, else the OCR hint) for the same patient name (the chosen
 * patient's, or the one OCR read, on either side). Either suggests one prescription used by several accounts, which
 * the pharmacist should see; neither blocks anything.
 */
export async function crossAccountMatches(
  database: Database,
  p: { id: string; userId: string; fileSha256: string; nmcNumber: string | null; patientNames: (string | null)[] },
): Promise<CrossAccountMatch[]> {
  const names = [...new Set(p.patientNames.map(comparableName).filter((n): n is string => n !== null))];
  const list = sql.join(names.map((n) => sql`${n}`), sql`, `);
  const samePrescriber =
    p.nmcNumber && names.length > 0
      ? sql`or ((p.prescriber_nmc_number = ${p.nmcNumber} or (p.prescriber_nmc_number is null and p.ocr_hints ->> 'nmcNumber' = ${p.nmcNumber}))
            and (${COMPARABLE_SQL(sql`coalesce(pt.name, '')`)} in (${list}) or ${COMPARABLE_SQL(sql`coalesce(p.ocr_hints ->> 'patientName', '')`)} in (${list})))`
      : sql``;
  const rows = (await database.execute(sql`
    select p.id, u.email as customer_email,
      case when p.file_sha256 = ${p.fileSha256} then 'same_file' else 'same_prescriber_patient' end as reason
    from prescriptions p
    join users u on u.id = p.user_id
    left join patients pt on pt.id = p.patient_id
    where p.id <> ${p.id}::uuid and p.user_id <> ${p.userId}::uuid
      and (p.file_sha256 = ${p.fileSha256} ${samePrescriber})
    order by p.created_at desc
    limit 20`)) as unknown as { id: string; customer_email: string; reason: CrossAccountMatch['reason'] }[];
  return rows.map((r) => ({ id: r.id, customerEmail: r.customer_email, reason: r.reason }));
}
