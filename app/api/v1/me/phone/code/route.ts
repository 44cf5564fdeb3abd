import { after } from 'next/server';
import { endpoints } from '@/lib/api/contract/endpoints';
import { phoneStatusSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';
import { sendPhoneCode } from '@/lib/auth/phone-verification';
import { dispatchDueSms } from '@/lib/notifications/sms/dispatch-sms';
import { logger } from '@/lib/observability/logger';

export const dynamic = 'force-dynamic';

// The account page's path: the same limits, the same SMS, sent right after the answer.
export const POST = apiRoute(endpoints.sendPhoneCode, async ({ caller, ip }) => {
  const sent = await sendPhoneCode(caller.user, ip);
  if ('alreadyVerified' in sent) return ok(phoneStatusSchema, { phone: caller.user.phone, verified: true });
  after(() => dispatchDueSms({ limit: 10 }).catch((error: unknown) => logger.warn({ error }, 'SMS dispatch after a code failed; the cron job will send it')));
  return ok(phoneStatusSchema, { phone: sent.phone, verified: false }, 202);
});
export const OPTIONS = preflight;
