import 'server-only';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { currentRequestId } from '@/lib/observability/request-id';
import { createAction, type ActionContext } from './action-core';
import type { ActionResult } from './action-result';
import { getCurrentSession } from './current-user';
import type { CurrentUser } from './user-record';

export type { ActionResult } from './action-result';

/** The real request: its session (lib/auth/current-user.ts), the request id proxy.ts stamped, and the page's language. */
export const requestContext: ActionContext = { session: getCurrentSession, requestId: currentRequestId, locale: getLocale };

type Handler<S extends z.ZodType, T> = (input: z.output<S>, user: CurrentUser) => Promise<ActionResult<T>>;

/** Any signed-in, active user. Back-office actions use permittedAction (lib/permissions/guard.ts). */
export function userAction<S extends z.ZodType, T = undefined>(schema: S, fn: Handler<S, T>) {
  return createAction('user', schema, requestContext, fn);
}

/** Anyone; `user` is the signed-in user when there is one. */
export function publicAction<S extends z.ZodType, T = undefined>(
  schema: S,
  fn: (input: z.output<S>, user: CurrentUser | null) => Promise<ActionResult<T>>,
) {
  return createAction<S, T, CurrentUser | null>('public', schema, requestContext, fn);
}
