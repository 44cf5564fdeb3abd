import { registerCustomer } from '@/lib/auth/registration';
import { endpoints } from '@/lib/api/contract/endpoints';
import { acceptedSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

// The registration page's code path and answer: nobody learns whether the email was free.
export const POST = apiRoute(endpoints.signUp, async ({ body, ip }) => {
  await registerCustomer(body, ip);
  return ok(acceptedSchema, { message: 'Check your email to finish: open the link we sent, then sign in.' }, 202);
});
export const OPTIONS = preflight;
