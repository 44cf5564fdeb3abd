import type { z } from 'zod';

/** What every server action returns; shaped for useActionState. */
export type ActionResult<T = undefined> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  data?: T;
  /** The submitted text fields, to refill the form after an error; secrets are left out. */
  values?: Record<string, string>;
};

// Never sent back to the browser, even to refill a form.
const SECRET_FIELD = /password|code|token|secret|ticket/i;

/** FormData → plain object: repeated names become arrays; Next's internal $ACTION fields are dropped. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (key in out) {
      const existing = out[key];
      out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

export function toPlainInput(input: unknown): unknown {
  return typeof FormData !== 'undefined' && input instanceof FormData ? formDataToObject(input) : input;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function safeValues(input: unknown): Record<string, string> | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === 'string' && !SECRET_FIELD.test(key)) values[key] = value.slice(0, 500);
  }
  return values;
}
