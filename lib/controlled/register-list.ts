import 'server-only';
import { and, desc, gte, lte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { reportingDb, type Database } from '@/db/client';
import { controlledRegister, type DispensedBatch } from '@/db/schema';
import { filterDay, firstValue, optionalFilter } from '@/lib/admin/url-filters';
import { toCsv } from '@/lib/csv/write';
import { nepalTimestamp } from '@/lib/nepal-time';
import { pageWindow } from '@/lib/pagination';

export const REGISTER_PAGE_SIZE = 50;
// An inspector's export, not a backup; a year of a busy pharmacy fits well within it.
const MAX_EXPORT_ROWS = 50_000;

/** Nepal days of dispatch (typed in BS or AD), both inclusive; bad values are ignored rather than refused (it is a GET). */
export const registerFilterSchema = z.object({
  from: optionalFilter(filterDay),
  to: optionalFilter(filterDay),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type RegisterFilter = z.output<typeof registerFilterSchema>;

export function parseRegisterFilter(raw: Record<string, string | string[] | undefined>): RegisterFilter {
  return registerFilterSchema.parse({ from: firstValue(raw.from), to: firstValue(raw.to), page: firstValue(raw.page) });
}

export type RegisterRow = {
  id: number;
  dispensedOn: string;
  dispensedAt: Date;
  orderNumber: string;
  patientName: string;
  prescriberName: string;
  prescriberNmcNumber: string;
  productName: string;
  genericName: string;
  quantity: number;
  batches: DispensedBatch[];
  pharmacistName: string;
  dispatchedByName: string | null;
};

const columns = {
  id: controlledRegister.id,
  dispensedOn: controlledRegister.dispensedOn,
  dispensedAt: controlledRegister.dispensedAt,
  orderNumber: controlledRegister.orderNumber,
  patientName: controlledRegister.patientName,
  prescriberName: controlledRegister.prescriberName,
  prescriberNmcNumber: controlledRegister.prescriberNmcNumber,
  productName: controlledRegister.productName,
  genericName: controlledRegister.genericName,
  quantity: controlledRegister.quantity,
  batches: controlledRegister.batches,
  pharmacistName: controlledRegister.pharmacistName,
  dispatchedByName: controlledRegister.dispatchedByName,
};

function conditions(filter: Omit<RegisterFilter, 'page'>): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.from) parts.push(gte(controlledRegister.dispensedOn, filter.from));
  if (filter.to) parts.push(lte(controlledRegister.dispensedOn, filter.to));
  return parts.length ? and(...parts) : undefined;
}

/** One page of the register, newest first. Callers check `controlled-register.view`. */
export async function listControlledRegister(filter: RegisterFilter, database: Database = reportingDb): Promise<{ rows: RegisterRow[]; total: number; page: number; pageCount: number }> {
  const where = conditions(filter);
  const [{ n } = { n: 0 }] = await database.select({ n: sql<number>`count(*)::int` }).from(controlledRegister).where(where);
  const { total, page, pageCount, limit, offset } = pageWindow(n, filter.page, REGISTER_PAGE_SIZE);
  const rows = await database.select(columns).from(controlledRegister).where(where).orderBy(desc(controlledRegister.dispensedOn), desc(controlledRegister.id)).limit(limit).offset(offset);
  return { rows, total, page, pageCount };
}

export function batchesText(batches: DispensedBatch[]): string {
  return batches.map((b) => `${b.batchNumber} (exp ${b.expiryDate}) × ${b.quantity}`).join('; ');
}

/** The register for the days asked, oldest first as an inspector reads it; text is neutralised by lib/csv. */
export async function controlledRegisterCsv(filter: Omit<RegisterFilter, 'page'>, database: Database = reportingDb): Promise<{ csv: string; rows: number }> {
  const rows = await database.select(columns).from(controlledRegister).where(conditions(filter)).orderBy(controlledRegister.dispensedOn, controlledRegister.id).limit(MAX_EXPORT_ROWS);
  const csv = toCsv(
    ['entry', 'dispensed_on', 'dispensed_at', 'order_number', 'patient', 'prescriber', 'prescriber_nmc_number', 'medicine', 'generic_name', 'quantity', 'batches', 'pharmacist', 'dispatched_by'],
    rows.map((r) => [r.id, r.dispensedOn, nepalTimestamp(r.dispensedAt), r.orderNumber, r.patientName, r.prescriberName, r.prescriberNmcNumber, r.productName, r.genericName, r.quantity, batchesText(r.batches), r.pharmacistName, r.dispatchedByName]),
  );
  return { csv, rows: rows.length };
}
