import { findUserCartId, removeFromCart, setCartQuantity } from '@/lib/cart/cart-store';
import { getCartView } from '@/lib/cart/cart-view';
import { endpoints } from '@/lib/api/contract/endpoints';
import { cartSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ApiProblem } from '@/lib/api/problem';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

async function cartWithLine(userId: string, productId: number): Promise<string> {
  const cartId = await findUserCartId(userId);
  const view = await getCartView(cartId);
  if (!cartId || !view.lines.some((line) => line.productId === productId)) throw new ApiProblem('not-found', 'That product is not in the cart.');
  return cartId;
}

export const PATCH = apiRoute(endpoints.setCartLine, async ({ caller, params, body }) => {
  const cartId = await cartWithLine(caller.user.id, params.productId);
  await setCartQuantity(cartId, params.productId, body.quantity);
  return ok(cartSchema, await getCartView(cartId));
});

export const DELETE = apiRoute(endpoints.removeCartLine, async ({ caller, params }) => {
  const cartId = await cartWithLine(caller.user.id, params.productId);
  await removeFromCart(cartId, params.productId);
  return ok(cartSchema, await getCartView(cartId));
});
export const OPTIONS = preflight;
