import { endpoints } from '@/lib/api/contract/endpoints';
import { phoneStatusSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';
import { isPhoneVerified, verifyPhoneCode } from '@/lib/auth/phone-verification';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(endpoints.verifyPhone, async ({ caller, body, ip }) => {
  await verifyPhoneCode(caller.user, body.code, ip);
  return ok(phoneStatusSchema, await isPhoneVerified(caller.user.id));
});
export const OPTIONS = preflight;
