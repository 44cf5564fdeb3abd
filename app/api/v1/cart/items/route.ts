import { addToCart, getOrCreateUserCart } from '@/lib/cart/cart-store';
import { getCartView } from '@/lib/cart/cart-view';
import { endpoints } from '@/lib/api/contract/endpoints';
import { cartSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

// lib/cart checks the product, the per-order maximum and the stock, as for the shop's button.
export const POST = apiRoute(endpoints.addCartLine, async ({ caller, body }) => {
  const cartId = await getOrCreateUserCart(caller.user.id);
  await addToCart(cartId, body.productId, body.quantity);
  return ok(cartSchema, await getCartView(cartId));
});
export const OPTIONS = preflight;
