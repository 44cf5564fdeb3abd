import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import type { z } from 'zod';
import { requestContext } from '@/lib/auth/action';
import { createAction, MESSAGES } from '@/lib/auth/action-core';
import type { ActionResult } from '@/lib/auth/action-result';
import { currentPath, loginUrl } from '@/lib/auth/current-path';
import { getCurrentSession, type CurrentUser } from '@/lib/auth/current-user';
import { translateErrorMessage } from '@/lib/i18n/error-messages';
import { requestLocale } from '@/lib/i18n/request-locale';
import { decideAccess, type AccessDecision, type Permission } from './matrix';

async function decide(permission: Permission): Promise<{ decision: AccessDecision; user: CurrentUser | null }> {
  const { user, twoFactorVerified } = await getCurrentSession();
  return { decision: decideAccess(user, twoFactorVerified, permission), user };
}

/** Pages and layouts: anonymous → sign in, not permitted → 403, staff without two-factor → enrol first. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const { decision, user } = await decide(permission);
  if (decision === 'sign-in' || !user) redirect(loginUrl(await currentPath()));
  if (decision === 'forbidden') forbidden();
  if (decision === 'enrol-two-factor') redirect('/account/two-factor');
  return user;
}

/** Whether the signed-in user may use the permission right now (two-factor included), for mixed routes. */
export async function holdsPermission(permission: Permission): Promise<boolean> {
  return (await decide(permission)).decision === 'allow';
}

type Handler<S extends z.ZodType, T> = (input: z.output<S>, user: CurrentUser) => Promise<ActionResult<T>>;

/** Server actions: the session, the matrix and two-factor are checked before the input is parsed. */
export function permittedAction<S extends z.ZodType, T = undefined>(permission: Permission, schema: S, fn: Handler<S, T>) {
  return createAction<S, T>(permission, schema, requestContext, fn);
}

/**
 * Route handlers: a user, or the Response to send instead (401 anonymous or without two-factor, 403
 * not permitted). A download link shows the refusal as the page, so it is in the staff member's language.
 */
export async function routePermission(permission: Permission, request: Request): Promise<{ user: CurrentUser; refusal: null } | { user: null; refusal: Response }> {
  const { decision, user } = await decide(permission);
  if (decision === 'allow' && user) return { user, refusal: null };
  const status = decision === 'forbidden' ? 403 : 401;
  const locale = requestLocale(request.headers);
  const message = translateErrorMessage(status === 401 ? 'Sign in with two-factor to continue.' : MESSAGES.forbidden, locale);
  return { user: null, refusal: new Response(message, { status, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': locale } }) };
}
