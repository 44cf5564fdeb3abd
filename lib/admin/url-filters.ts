import { z } from 'zod';
import { readTypedDay } from '@/lib/nepal-time/typed-day';

/**
 * Pieces of the back office's list filters, read from the URL. A bad value is dropped rather than
 * refused, so an edited link still shows a list; the form says which value it could not read.
 */
export const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional()).catch(undefined);

/** A Nepal calendar day typed in BS (`2083-08-16`) or AD (`2026-12-02`), kept as the AD day. */
export const filterDay = z
  .string()
  .max(40)
  .transform(readTypedDay)
  .pipe(z.string());

/** The first of a repeated search parameter (`?from=a&from=b` filters by `a`). */
export const firstValue = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
