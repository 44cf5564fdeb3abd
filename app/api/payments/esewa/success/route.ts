import { z } from 'zod';
import { handleEsewaSuccess } from '@/lib/payments/callbacks';
import { InvalidCallbackError } from '@/lib/payments/errors';
import { requestLocale } from '@/lib/i18n/request-locale';
import { redirectAfterReturn, returnErrorResponse } from '@/lib/payments/return-response';

export const dynamic = 'force-dynamic';

const dataSchema = z.string().min(1).max(8192);

/** eSewa returns the shopper here with `?data=<base64 JSON>`; it may follow a stray `?` (PAYMENTS.md 1.5). */
function dataParameter(request: Request): string | null {
  const url = new URL(request.url);
  const direct = url.searchParams.get('data');
  if (direct) return direct;
  const stray = /[?&]data=([^&]*)/.exec(url.search)?.[1];
  return stray ? decodeURIComponent(stray) : null;
}

export async function GET(request: Request) {
  const requestId = request.headers.get('x-request-id');
  try {
    const data = dataSchema.safeParse(dataParameter(request));
    if (!data.success) throw new InvalidCallbackError('missing or oversized data parameter');
    return redirectAfterReturn(await handleEsewaSuccess(data.data));
  } catch (error) {
    return returnErrorResponse(error, requestId, requestLocale(request.headers));
  }
}
