import type { z } from 'zod';
import { db } from '@/db/client';
import { ApiProblem } from '@/lib/api/problem';
import { controlCharacterPaths, fieldErrorsOf, readJsonBody } from '@/lib/api/validation';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { PushAnswerCode } from '@/lib/notifications/push/answer-codes';
import { PushSubscriptionRefusedError, removeSubscription, saveSubscription } from '@/lib/notifications/push/subscriptions';
import { pushEndpointSchema, pushSubscriptionSchema } from '@/lib/validation/push';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store' };
// A subscription's JSON is well under 1 KB; anything bigger is not one.
const MAX_BODY_BYTES = 2048;

/** `code` for the account page to word in the shopper's language; `message` in English for other clients. */
const answer = (status: number, code: PushAnswerCode, message: string, extra: { fieldErrors?: Record<string, string[]> } = {}) =>
  Response.json({ ok: status < 300, code, message, ...extra }, { status, headers: NO_STORE });

/** The body parsed and checked, or the refusal to send back. proxy.ts has already refused cross-site posts. */
async function parsed<S extends z.ZodType>(request: Request, schema: S): Promise<{ data: z.infer<S> } | { refusal: Response }> {
  let body: unknown;
  try {
    body = await readJsonBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof ApiProblem) return { refusal: answer(error.status, 'not_a_subscription', error.message) };
    throw error;
  }
  if (controlCharacterPaths(body).length > 0) return { refusal: answer(400, 'not_a_subscription', 'The request contains characters that are not allowed.') };
  const result = schema.safeParse(body);
  if (!result.success) return { refusal: answer(400, 'not_a_subscription', 'This is not a push subscription.', { fieldErrors: fieldErrorsOf(result.error) }) };
  return { data: result.data };
}

/** POST a PushSubscription's JSON: the signed-in shopper's browser gets their order updates. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, 'sign_in', 'Please sign in.');
  const input = await parsed(request, pushSubscriptionSchema);
  if ('refusal' in input) return input.refusal;
  try {
    await saveSubscription(db, user.id, input.data);
  } catch (error) {
    if (error instanceof PushSubscriptionRefusedError) return answer(409, error.code, error.publicMessage);
    throw error;
  }
  return answer(201, 'on', 'Notifications are on in this browser.');
}

/** DELETE {endpoint}: opt-out. Only the shopper's own subscription is deleted; anyone else's is "not found". */
export async function DELETE(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, 'sign_in', 'Please sign in.');
  const input = await parsed(request, pushEndpointSchema);
  if ('refusal' in input) return input.refusal;
  if (!(await removeSubscription(db, user.id, input.data.endpoint))) return answer(404, 'not_subscribed', 'Notifications were not on in this browser.');
  return answer(200, 'off', 'Notifications are off in this browser.');
}
