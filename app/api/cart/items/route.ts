import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { controlCharacterPaths, fieldErrorsOf, readJsonBody } from '@/lib/api/validation';
import { ApiProblem } from '@/lib/api/problem';
import { addToCurrentCartOnce } from '@/lib/cart/add-to-current-cart';
import { addToCartSchema } from '@/lib/cart/validation';
import { DomainError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };
const additionIdSchema = z.object({ additionId: z.uuid() });

/**
 * POST {slug | productId, quantity, additionId}: a cart addition the product page made offline,
 * sent again by the service worker's queue (service-worker/sw.ts). The cart is the session's or
 * the guest cookie's, as for the product page's form; proxy.ts refuses cross-site posts.
 */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await readJsonBody(request, 1024);
  } catch (error) {
    if (error instanceof ApiProblem) return Response.json({ ok: false, message: error.message }, { status: error.status, headers: noStore });
    throw error;
  }
  const controlled = controlCharacterPaths(body);
  if (controlled.length > 0) return Response.json({ ok: false, message: 'The request contains characters that are not allowed.' }, { status: 400, headers: noStore });
  const addition = addToCartSchema.safeParse(body);
  const id = additionIdSchema.safeParse(body);
  if (!addition.success || !id.success) {
    const fieldErrors = { ...(addition.success ? {} : fieldErrorsOf(addition.error)), ...(id.success ? {} : fieldErrorsOf(id.error)) };
    return Response.json({ ok: false, message: 'Please check the highlighted fields.', fieldErrors }, { status: 400, headers: noStore });
  }
  try {
    const { count, repeated } = await addToCurrentCartOnce(addition.data, id.data.additionId);
    revalidatePath('/cart');
    return Response.json({ ok: true, message: repeated ? 'Already in your cart.' : 'Added to cart.', count }, { headers: noStore });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ ok: false, message: error.publicMessage }, { status: 409, headers: noStore });
    logger.error({ err: error instanceof Error ? error.message : String(error) }, 'offline cart addition failed');
    return Response.json({ ok: false, message: 'Something went wrong. Please try again.' }, { status: 500, headers: noStore });
  }
}
