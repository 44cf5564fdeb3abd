import type { z } from 'zod';
import { DomainError } from '@/lib/errors';
import { translateErrorMessage } from '@/lib/i18n/error-messages';
import type { Locale } from '@/lib/i18n/locales';
import { logger } from '@/lib/observability/logger';
import { decideAccess, type Permission } from '@/lib/permissions/matrix';
import { CONTROL_CHARACTER_MESSAGE, fieldsWithControlCharacters } from '@/lib/security/control-characters';
import { fieldErrorsOf, safeValues, toPlainInput, type ActionResult } from './action-result';
import type { CurrentUser } from './user-record';

/** Who may call an action: anyone, any signed-in user, or whoever holds a permission (lib/permissions). */
export type Gate = 'public' | 'user' | Permission;
export type SessionResolver = () => Promise<{ user: CurrentUser | null; twoFactorVerified: boolean }>;

/** What an action needs from its request; lib/auth/action.ts reads the real one. */
export type ActionContext = {
  session: SessionResolver;
  /** The id proxy.ts stamped on the request, so a failure's log line matches its other lines. */
  requestId: () => Promise<string>;
  log?: { error: (details: object, message: string) => void };
  /** The page's language, which the answer's messages are given in; English without it. */
  locale?: () => Promise<Locale>;
};

export const MESSAGES = {
  signIn: 'Please sign in',
  forbidden: 'Forbidden',
  twoFactor: 'Set up two-factor authentication to continue',
  invalid: 'Please correct the highlighted fields',
  unexpected: 'Something went wrong. Please try again.',
} as const;

/**
 * Builds a server action: re-checks the session and permission *before* parsing or touching
 * anything, validates the input with zod, turns domain errors into their safe messages, and logs
 * anything else with the request id before answering with a generic message. Callable directly
 * (`action(input)`) or through useActionState (`action(previousState, formData)`).
 */
export function createAction<S extends z.ZodType, T, U extends CurrentUser | null = CurrentUser>(
  gate: Gate,
  schema: S,
  context: ActionContext,
  fn: (input: z.output<S>, user: U) => Promise<ActionResult<T>>,
): (...args: [unknown] | [unknown, unknown]) => Promise<ActionResult<T>> {
  const answer = answerer(gate, schema, context, fn);
  return async (...args) => inPageLanguage(await answer(...args), context);
}

/** The action's answer as lib writes it, in English; createAction hands it to inPageLanguage. */
function answerer<S extends z.ZodType, T, U extends CurrentUser | null>(
  gate: Gate,
  schema: S,
  context: ActionContext,
  fn: (input: z.output<S>, user: U) => Promise<ActionResult<T>>,
) {
  return async (...args: [unknown] | [unknown, unknown]): Promise<ActionResult<T>> => {
    const raw = toPlainInput(args.length >= 2 ? args[1] : args[0]);
    const { user, twoFactorVerified } = await context.session();
    if (gate !== 'public') {
      if (!user) return { ok: false, message: MESSAGES.signIn };
      if (gate !== 'user') {
        const decision = decideAccess(user, twoFactorVerified, gate);
        if (decision === 'forbidden') return { ok: false, message: MESSAGES.forbidden };
        if (decision !== 'allow') return { ok: false, message: MESSAGES.twoFactor };
      }
    }
    // Every form field passes here: PostgreSQL refuses NUL in text, which would otherwise be a 500.
    const controlled = fieldsWithControlCharacters(raw);
    if (controlled.length > 0) {
      return { ok: false, message: MESSAGES.invalid, fieldErrors: Object.fromEntries(controlled.map((name) => [name, [CONTROL_CHARACTER_MESSAGE]])) };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, message: MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error), values: safeValues(raw) };
    }
    try {
      return await fn(parsed.data, user as U);
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, message: error.publicMessage, fieldErrors: error.fieldErrors, values: safeValues(raw) };
      if (isNextControlFlow(error)) throw error;
      const requestId = await context.requestId().catch(() => undefined);
      (context.log ?? logger).error({ requestId, gate, userId: user?.id, err: error instanceof Error ? error : new Error(String(error)) }, 'server action failed');
      return { ok: false, message: MESSAGES.unexpected };
    }
  };
}

/**
 * The one place lib's English messages (zod schemas, domain errors, the ones above) become the
 * page's language, so no schema or error needs the request (lib/i18n/error-messages.ts). Messages an
 * action already wrote in the page's language are not in the catalogue and pass through.
 */
async function inPageLanguage<T>(result: ActionResult<T>, context: ActionContext): Promise<ActionResult<T>> {
  if (!context.locale || (result.message === undefined && result.fieldErrors === undefined)) return result;
  // An answer in English beats no answer: the language is a nicety, the form's result is not.
  const locale = await context.locale().catch((): Locale => 'en');
  if (locale === 'en') return result;
  const translated = { ...result };
  if (result.message !== undefined) translated.message = translateErrorMessage(result.message, locale);
  if (result.fieldErrors) {
    translated.fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, messages]) => [field, messages.map((m) => translateErrorMessage(m, locale))]));
  }
  return translated;
}

/** redirect(), notFound(), forbidden() work by throwing; they must pass through. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK') || digest === 'NEXT_NOT_FOUND');
}
