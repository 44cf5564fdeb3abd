import { bsDateOf, nepalDateOf } from '@/lib/nepal-time';

/** Shrawan, the fourth BS month: Nepal's fiscal year runs from 1 Shrawan to the end of Asar. */
const SHRAWAN = 4;

/** The Nepal fiscal year an instant falls in, as printed on invoices: '2082/83'. */
export function fiscalYearOf(instant: Date): string {
  const bs = bsDateOf(nepalDateOf(instant));
  if (!bs) throw new RangeError(`No Bikram Sambat table for ${instant.toISOString()}`);
  const start = bs.month >= SHRAWAN ? bs.year : bs.year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** '2082/83-000042': the fiscal year, then the sequence within it. */
export function invoiceNumber(fiscalYear: string, sequence: number): string {
  return `${fiscalYear}-${String(sequence).padStart(6, '0')}`;
}
