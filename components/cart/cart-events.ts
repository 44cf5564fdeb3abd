/** Fired after any cart change in this tab so the header badge refetches its count. */
export const CART_CHANGED_EVENT = 'medinest:cart-changed';

export function announceCartChange(): void {
  window.dispatchEvent(new Event(CART_CHANGED_EVENT));
}
