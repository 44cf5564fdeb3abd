import 'server-only';
import type { z } from 'zod';
import { createAction, type SessionResolver } from './action-core';
import type { ActionResult } from './action-result';
import { getCurrentUser } from './current-user';
import { getSessionClaims } from './session';
import type { CurrentUser } from './user-record';

export type { ActionResult } from './action-result';

const fromRequest: SessionResolver = async () => {
  const user = await getCurrentUser();
  const claims = await getSessionClaims();
  return { user, twoFactorVerified: claims?.twoFactorVerified === true };
};

type Handler<S extends z.ZodType, T> = (input: z.output<S>, user: CurrentUser) => Promise<ActionResult<T>>;

/** Any signed-in, active user. */
export function userAction<S extends z.ZodType, T = undefined>(schema: S, fn: Handler<S, T>) {
  return createAction('user', schema, fromRequest, fn);
}

/** Pharmacists and admins with two-factor verified in this session. */
export function staffAction<S extends z.ZodType, T = undefined>(schema: S, fn: Handler<S, T>) {
  return createAction('pharmacist', schema, fromRequest, fn);
}

/** Admins with two-factor verified in this session. */
export function adminAction<S extends z.ZodType, T = undefined>(schema: S, fn: Handler<S, T>) {
  return createAction('admin', schema, fromRequest, fn);
}

/** Anyone; `user` is the signed-in user when there is one. */
export function publicAction<S extends z.ZodType, T = undefined>(
  schema: S,
  fn: (input: z.output<S>, user: CurrentUser | null) => Promise<ActionResult<T>>,
) {
  return createAction<S, T, CurrentUser | null>('public', schema, fromRequest, fn);
}
