import { findUserCartId } from '@/lib/cart/cart-store';
import { getCartView } from '@/lib/cart/cart-view';
import { endpoints } from '@/lib/api/contract/endpoints';
import { cartSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(endpoints.getCart, async ({ caller }) => ok(cartSchema, await getCartView(await findUserCartId(caller.user.id))));
export const OPTIONS = preflight;
