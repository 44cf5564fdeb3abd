import 'server-only';
import { getCurrentUser } from '@/lib/auth/current-user';
import { cartItemCount } from '@/lib/cart/cart-store';
import { readCurrentCartId } from '@/lib/cart/current-cart';
import { can } from '@/lib/permissions/matrix';

/**
 * What the header shows about this visitor. Cached catalog pages are the same HTML for everyone,
 * so the header reads this from GET /api/visitor instead of rendering it. Only the first name:
 * nothing else about the account leaves the server here.
 */
export type VisitorSummary = {
  signedIn: boolean;
  firstName: string | null;
  /** May open the back office. */
  staff: boolean;
  cartCount: number;
};

export async function visitorSummary(): Promise<VisitorSummary> {
  const [user, cartCount] = await Promise.all([getCurrentUser(), readCurrentCartId().then(cartItemCount)]);
  return {
    signedIn: Boolean(user),
    firstName: user ? (user.name.split(' ')[0] ?? null) : null,
    staff: user ? can(user.role, 'dashboard.view') : false,
    cartCount,
  };
}
