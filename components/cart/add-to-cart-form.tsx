'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState, type FormEvent } from 'react';
import { addToCartOffline, type QueuedAddition } from '@/components/offline/queue-cart-addition';
import type { ActionResult } from '@/lib/auth/action-result';
import { Link } from '@/lib/i18n/navigation';
import type { CartAction } from './cart-line-controls';
import { useInvalidateCartCount } from './cart-count-query';

type State = ActionResult<{ count: number }> | undefined;

/** The product page's buy button: a real form, so it also works before JavaScript loads. */
export function AddToCartForm({ slug, brandName, maxQuantity, addToCartAction }: { slug: string; brandName: string; maxQuantity: number; addToCartAction: CartAction }) {
  const [actionState, action, pending] = useActionState<State, FormData>(addToCartAction, undefined);
  // Offline the server action cannot be reached: the addition is queued instead (components/offline).
  const [offline, setOffline] = useState<{ answer: QueuedAddition; after: State } | null>(null);
  const state: QueuedAddition | undefined = offline && offline.after === actionState ? offline.answer : actionState;
  const invalidateCartCount = useInvalidateCartCount();
  const t = useTranslations('orders.addToCart');
  const offlineWords = useTranslations('common.offline');
  useEffect(() => {
    if (state?.ok && !state.queued) invalidateCartCount();
  }, [state, invalidateCartCount]);
  const queueWhenOffline = (event: FormEvent<HTMLFormElement>) => {
    if (navigator.onLine) return;
    event.preventDefault();
    void addToCartOffline(new FormData(event.currentTarget), { queued: offlineWords('queued'), notQueued: offlineWords('notQueued') }).then((answer) => setOffline({ answer, after: actionState }));
  };
  return (
    <form action={action} onSubmit={queueWhenOffline} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <label className="text-sm">
        <span className="block text-slate-600">{t('quantity')}</span>
        <input name="quantity" type="number" inputMode="numeric" min={1} max={Math.max(1, maxQuantity)} defaultValue={1} className="mt-1 w-20 rounded-md border border-slate-300 px-2 py-2" />
      </label>
      {/* The product's name is in the button's accessible name but not its visible text. */}
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t('adding') : t.rich('add', { name: brandName, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
      </button>
      {state ? (
        <p role={state.ok ? 'status' : 'alert'} className={`w-full text-sm ${state.ok ? 'text-brand-800' : 'text-red-700'}`}>
          {state.ok ? state.message : (state.fieldErrors?.quantity?.join(' ') ?? state.message)}{' '}
          {state.ok && !state.queued ? (
            <Link href="/cart" className="font-semibold underline">
              {t('viewCart')}
            </Link>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}
