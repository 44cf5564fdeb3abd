'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import type { ActionResult } from '@/lib/auth/action-result';
import { useInvalidateCartCount } from './cart-count-query';

type State = ActionResult<{ count: number }> | undefined;
export type CartAction = (state: State, formData: FormData) => Promise<ActionResult<{ count: number }>>;
/** The cart page's server actions, handed down from the route. */
export type CartLineActions = { updateQuantity: CartAction; remove: CartAction };

/** Quantity and remove controls for one cart line; the server re-checks every limit. */
export function CartLineControls({ productId, name, quantity, maxQuantity, actions }: { productId: number; name: string; quantity: number; maxQuantity: number; actions: CartLineActions }) {
  const [updateState, update, updating] = useActionState<State, FormData>(actions.updateQuantity, undefined);
  const [removeState, remove, removing] = useActionState<State, FormData>(actions.remove, undefined);
  const invalidateCartCount = useInvalidateCartCount();
  const t = useTranslations('orders.cartLine');
  useEffect(() => {
    if (updateState?.ok || removeState?.ok) invalidateCartCount();
  }, [updateState, removeState, invalidateCartCount]);
  const error = (updateState && !updateState.ok ? (updateState.fieldErrors?.quantity?.join(' ') ?? updateState.message) : null) ?? (removeState && !removeState.ok ? removeState.message : null);

  return (
    <div className="flex flex-wrap items-end gap-3">
      <form action={update} className="flex items-end gap-2" noValidate>
        <input type="hidden" name="productId" value={productId} />
        <label className="text-sm">
          <span className="block text-slate-600">{t('quantity')}</span>
          <input
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(1, maxQuantity)}
            defaultValue={quantity}
            key={quantity}
            aria-label={t('quantityOf', { name })}
            className="mt-1 w-20 rounded-md border border-slate-300 px-2 py-1"
          />
        </label>
        <button type="submit" disabled={updating} className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-60">
          {updating ? t('updating') : t('update')}
        </button>
      </form>
      <form action={remove}>
        <input type="hidden" name="productId" value={productId} />
        <button type="submit" disabled={removing} className="px-1 py-1 text-sm text-red-700 underline disabled:opacity-60">
          {t.rich('remove', { name, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
        </button>
      </form>
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
