import { z } from 'zod';

/**
 * Nepal Medical Council registration numbers: up to six digits, often written with an "NMC"
 * prefix ("NMC No. 1234", "N.M.C. 1234"). Kept as digits only, without leading zeros, so the
 * same doctor compares equal however the number was written.
 */
export const NMC_MAX_DIGITS = 6;
// Longer input is not a registration number written by hand; refuse it before any pattern runs.
const MAX_INPUT = 40;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;
const PREFIX = /^N\s*\.?\s*M\s*\.?\s*C\s*\.?\s*(?:Reg(?:istration|d)?\.?\s*)?(?:No\.?|Number|#)?\s*[:.\-]?\s*/i;

export type NmcParse = { ok: true; number: string } | { ok: false; message: string };

export const NMC_FORMAT_MESSAGE = `Enter the NMC number as 1 to ${NMC_MAX_DIGITS} digits (an "NMC" prefix is fine).`;

export function parseNmcNumber(raw: string): NmcParse {
  if (raw.length > MAX_INPUT) return { ok: false, message: NMC_FORMAT_MESSAGE };
  if (CONTROL.test(raw)) return { ok: false, message: 'The NMC number contains characters that are not allowed.' };
  const rest = raw.trim().replace(PREFIX, '');
  if (!/^\d+$/.test(rest)) return { ok: false, message: NMC_FORMAT_MESSAGE };
  const number = rest.replace(/^0+/, '');
  if (number.length === 0 || number.length > NMC_MAX_DIGITS) return { ok: false, message: NMC_FORMAT_MESSAGE };
  return { ok: true, number };
}

/** A form field: blank is null (not every prescription needs one); anything else must parse. */
export const nmcNumberField = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value.trim() === '') return null;
    const parsed = parseNmcNumber(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }
    return parsed.number;
  });

/** The prescriber's name as the pharmacist typed it: blank is null, no control characters. */
export const prescriberNameField = z
  .string()
  .trim()
  .max(120, "Keep the prescriber's name under 120 characters.")
  .refine((v) => !CONTROL.test(v), "The prescriber's name contains characters that are not allowed.")
  .nullish()
  .transform((v) => (v ? v : null));
