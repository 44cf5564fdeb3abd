import { z } from 'zod';
import { PATIENT_RELATIONSHIPS, PATIENT_SEXES } from '@/db/schema/patients';
import { isIsoDate, nepalToday } from '@/lib/nepal-time';
import { plainText } from '@/lib/validation/fields';
import { ageInYears, birthDateFromAge } from './age';

/** "Self" is made by the shop from the account's name; the form adds family members. */
export const ADDABLE_RELATIONSHIPS = PATIENT_RELATIONSHIPS.filter((r) => r !== 'self');

const MAX_AGE = 125;
// Tabs, newlines and carriage returns are fine in a list of allergies; other control characters are not.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const healthText = (label: string) =>
  z
    .string()
    .trim()
    .max(500, `${label} must be at most 500 characters`)
    .refine((v) => !/[<>]/.test(v), `${label} cannot contain < or >`)
    .refine((v) => !CONTROL.test(v), `${label} cannot contain control characters`)
    .optional()
    .transform((v) => v ?? '');

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * One patient from the account form. A date of birth, or else an age in years (recorded as an
 * estimated birth date so the age keeps counting), is required: age warnings depend on it.
 */
export const patientSchema = z
  .object({
    name: plainText('Name', { max: 100 }).refine((v) => !CONTROL.test(v), 'Name cannot contain control characters'),
    relationship: z.enum(ADDABLE_RELATIONSHIPS as [string, ...string[]], { error: 'Choose who this is' }).optional(),
    birthDate: z.preprocess(blankToUndefined, z.string().trim().refine(isIsoDate, 'Enter a date of birth such as 1990-04-15').optional()),
    ageYears: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: 'Age must be a number of years' }).int('Age must be a whole number of years').min(0, 'Age cannot be negative').max(MAX_AGE, `Age must be at most ${MAX_AGE}`).optional(),
    ),
    sex: z.enum(PATIENT_SEXES, { error: 'Choose female, male or other' }),
    allergies: healthText('Allergies'),
    conditions: healthText('Long-term conditions'),
  })
  .transform((value, ctx) => {
    const today = nepalToday();
    let birthDate: string | null = null;
    let birthDateEstimated = false;
    if (value.birthDate) {
      if (value.birthDate > today) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'The date of birth cannot be in the future' });
      else if (ageInYears(value.birthDate, today) > MAX_AGE) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'Check the year of birth' });
      birthDate = value.birthDate;
    } else if (value.ageYears !== undefined) {
      birthDate = birthDateFromAge(value.ageYears, today);
      birthDateEstimated = true;
    } else {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'Enter a date of birth, or the age in years' });
    }
    return {
      name: value.name,
      relationship: (value.relationship ?? null) as (typeof ADDABLE_RELATIONSHIPS)[number] | null,
      birthDate,
      birthDateEstimated,
      sex: value.sex,
      allergies: value.allergies,
      conditions: value.conditions,
    };
  });
export type PatientInput = z.output<typeof patientSchema>;

export const patientIdSchema = z.object({ id: z.uuid({ error: 'Patient not found' }) });

/** A shopper's choice of patient for one prescription-only line; a null patient means "as the prescription". */
export const linePatientSchema = z.object({ productId: z.coerce.number().int().positive().max(2_147_483_647), patientId: z.string().max(100).nullable() });
export type LinePatient = z.output<typeof linePatientSchema>;

/**
 * The checkout form's `linePatient` selects, each `productId:patientId` (or `productId:` for "the
 * prescription's patient"). Malformed entries are dropped; ownership is checked in placeOrder.
 */
export function parseLinePatientFields(raw: unknown): LinePatient[] {
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return values.slice(0, 100).flatMap((value) => {
    if (typeof value !== 'string') return [];
    const match = /^(\d{1,10}):(.{0,100})$/.exec(value);
    if (!match) return [];
    return [{ productId: Number(match[1]), patientId: match[2] ? match[2] : null }];
  });
}

