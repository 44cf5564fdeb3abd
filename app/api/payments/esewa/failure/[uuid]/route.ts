import { z } from 'zod';
import { handleEsewaFailure } from '@/lib/payments/callbacks';
import { PaymentAttemptNotFoundError } from '@/lib/payments/errors';
import { requestLocale } from '@/lib/i18n/request-locale';
import { redirectAfterReturn, returnErrorResponse } from '@/lib/payments/return-response';

export const dynamic = 'force-dynamic';

const uuidSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** eSewa's failure_url: the attempt is named in the path because nothing signed comes back. */
export async function GET(request: Request, context: { params: Promise<{ uuid: string }> }) {
  const requestId = request.headers.get('x-request-id');
  try {
    const uuid = uuidSchema.safeParse((await context.params).uuid);
    if (!uuid.success) throw new PaymentAttemptNotFoundError();
    return redirectAfterReturn(await handleEsewaFailure(uuid.data));
  } catch (error) {
    return returnErrorResponse(error, requestId, requestLocale(request.headers));
  }
}
