import { z } from 'zod';

/**
 * Shared zod fields for forms. Text fields are trimmed, bounded, and refuse angle brackets: no
 * legitimate name or address contains them, and refusing them keeps markup out of emails and logs.
 */
const NO_MARKUP = /^[^<>]*$/;

export function plainText(label: string, { min = 1, max = 100 }: { min?: number; max?: number } = {}) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(min, min <= 1 ? `${label} is required` : `${label} must be at least ${min} characters`)
    .max(max, `${label} must be at most ${max} characters`)
    .regex(NO_MARKUP, `${label} cannot contain < or >`);
}

/** An optional text field: empty strings become undefined. */
export function optionalPlainText(label: string, max = 200) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().max(max, `${label} must be at most ${max} characters`).regex(NO_MARKUP, `${label} cannot contain < or >`).optional(),
  );
}

export const email = z
  .string({ error: 'Email is required' })
  .trim()
  .toLowerCase()
  .min(1, 'Email is required')
  .max(254, 'Email must be at most 254 characters')
  .pipe(z.email({ error: 'Enter a valid email address' }));

/** Nepali mobile numbers: 97XXXXXXXX or 98XXXXXXXX, optionally with +977 or 977; stored as the 10 digits. */
export function normaliseNepaliMobile(value: string): string | null {
  const compact = value.replace(/[\s-]/g, '');
  const match = /^(?:\+?977)?(9[78]\d{8})$/.exec(compact);
  return match ? match[1]! : null;
}

export const nepaliMobile = z
  .string({ error: 'Mobile number is required' })
  .trim()
  .min(1, 'Mobile number is required')
  .max(20, 'Enter a 10-digit mobile number such as 9841234567')
  .transform((value, ctx) => {
    const normalised = normaliseNepaliMobile(value);
    if (!normalised) {
      ctx.addIssue({ code: 'custom', message: 'Enter a Nepali mobile number such as 9841234567 or +977 9841234567' });
      return z.NEVER;
    }
    return normalised;
  });

export const uuid = z.uuid({ error: 'Invalid id' });

/** A checkbox: present ("on") is true, absent is false. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
