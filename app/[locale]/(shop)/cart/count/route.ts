import { cartItemCount } from '@/lib/cart/cart-store';
import { readCurrentCartId } from '@/lib/cart/current-cart';

/** The header badge's number; private and never cached (the cart belongs to this visitor). */
export async function GET() {
  const count = await cartItemCount(await readCurrentCartId());
  return Response.json({ count }, { headers: { 'Cache-Control': 'private, no-store' } });
}
