import type { z } from 'zod';
import { db } from '@/db/client';
import { ApiProblem } from '@/lib/api/problem';
import { controlCharacterPaths, fieldErrorsOf, readJsonBody } from '@/lib/api/validation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { DomainError } from '@/lib/errors';
import { removeSubscription, saveSubscription } from '@/lib/notifications/push/subscriptions';
import { pushEndpointSchema, pushSubscriptionSchema } from '@/lib/validation/push';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store' };
// A subscription's JSON is well under 1 KB; anything bigger is not one.
const MAX_BODY_BYTES = 2048;

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: NO_STORE });

/** The body parsed and checked, or the refusal to send back. proxy.ts has already refused cross-site posts. */
async function parsed<S extends z.ZodType>(request: Request, schema: S): Promise<{ data: z.infer<S> } | { refusal: Response }> {
  let body: unknown;
  try {
    body = await readJsonBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof ApiProblem) return { refusal: answer(error.status, { ok: false, message: error.message }) };
    throw error;
  }
  if (controlCharacterPaths(body).length > 0) return { refusal: answer(400, { ok: false, message: 'The request contains characters that are not allowed.' }) };
  const result = schema.safeParse(body);
  if (!result.success) return { refusal: answer(400, { ok: false, message: 'This is not a push subscription.', fieldErrors: fieldErrorsOf(result.error) }) };
  return { data: result.data };
}

/** POST a PushSubscription's JSON: the signed-in shopper's browser gets their order updates. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, { ok: false, message: 'Please sign in.' });
  const input = await parsed(request, pushSubscriptionSchema);
  if ('refusal' in input) return input.refusal;
  try {
    await saveSubscription(db, user.id, input.data);
  } catch (error) {
    if (error instanceof DomainError) return answer(409, { ok: false, message: error.publicMessage });
    throw error;
  }
  return answer(201, { ok: true, message: 'Notifications are on in this browser.' });
}

/** DELETE {endpoint}: opt-out. Only the shopper's own subscription is deleted; anyone else's is "not found". */
export async function DELETE(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, { ok: false, message: 'Please sign in.' });
  const input = await parsed(request, pushEndpointSchema);
  if ('refusal' in input) return input.refusal;
  if (!(await removeSubscription(db, user.id, input.data.endpoint))) return answer(404, { ok: false, message: 'Notifications were not on in this browser.' });
  return answer(200, { ok: true, message: 'Notifications are off in this browser.' });
}
