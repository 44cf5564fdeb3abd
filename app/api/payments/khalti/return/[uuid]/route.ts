import { getCurrentUser } from '@/lib/auth/current-user';
import { handleKhaltiReturn } from '@/lib/payments/callbacks';
import { requestLocale } from '@/lib/i18n/request-locale';
import { redirectAfterReturn, returnErrorResponse } from '@/lib/payments/return-response';

export const dynamic = 'force-dynamic';

/**
 * Khalti's return_url: our purchase order id in the path, Khalti's unsigned `pidx`, `status`,
 * `amount`… in the query. Only Khalti's lookup of the pidx we stored decides (lib/payments).
 */
export async function GET(request: Request, context: { params: Promise<{ uuid: string }> }) {
  const requestId = request.headers.get('x-request-id');
  try {
    const viewer = await getCurrentUser();
    const { uuid } = await context.params;
    return redirectAfterReturn(await handleKhaltiReturn(uuid, new URL(request.url).searchParams, viewer?.id ?? null));
  } catch (error) {
    return returnErrorResponse(error, requestId, requestLocale(request.headers));
  }
}
