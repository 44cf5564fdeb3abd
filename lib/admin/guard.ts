import 'server-only';
import { forbidden } from 'next/navigation';
import type { z } from 'zod';
import { adminAction, staffAction, type ActionResult } from '@/lib/auth/action';
import { MESSAGES } from '@/lib/auth/action-core';
import { requireRole, type CurrentUser } from '@/lib/auth/current-user';
import { getStaffRouteUser } from '@/lib/auth/staff-route-user';
import { can, gateFor, type Permission } from './permissions';

/** Pages: the accounts gate (sign-in, two-factor) for the permission's role, then the matrix itself. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireRole(gateFor(permission));
  if (!can(user.role, permission)) forbidden();
  return user;
}

type Handler<S extends z.ZodType, T> = (input: z.output<S>, user: CurrentUser) => Promise<ActionResult<T>>;

/**
 * Server actions: the accounts wrapper re-checks the session and two-factor for the permission's
 * gate; the matrix is asked again inside so the two can never drift apart.
 */
export function permittedAction<S extends z.ZodType, T = undefined>(permission: Permission, schema: S, fn: Handler<S, T>) {
  const wrap = gateFor(permission) === 'admin' ? adminAction : staffAction;
  return wrap<S, T>(schema, async (input, user) => {
    if (!can(user.role, permission)) return { ok: false, message: MESSAGES.forbidden };
    return fn(input, user);
  });
}

/** Route handlers: a user, or the Response to send instead (401 anonymous or without two-factor, 403 wrong role). */
export async function routePermission(permission: Permission): Promise<{ user: CurrentUser; refusal: null } | { user: null; refusal: Response }> {
  const { decision, user } = await getStaffRouteUser(gateFor(permission));
  if (decision === 'allow' && user && can(user.role, permission)) return { user, refusal: null };
  const status = decision === 'sign-in' || decision === 'enrol-two-factor' ? 401 : 403;
  return { user: null, refusal: new Response(status === 401 ? 'Sign in with two-factor to continue.' : 'Forbidden', { status, headers: { 'Cache-Control': 'no-store' } }) };
}
