import type { ActionResult } from '@/lib/auth/action-result';
import { CART_ADDITIONS_PATH } from '@/lib/offline/request-rules';

export type QueuedAddition = ActionResult<{ count: number }> & { queued?: boolean };
/** What the shopper is told; the caller passes them in its language (`useTranslations('common.offline')`). */
export type OfflineCartWords = { queued: string; notQueued: string };

/**
 * The product page's "Add to cart" while the browser is offline: posted as JSON to the route the
 * service worker queues (service-worker/sw.ts answers 202 and replays it when back online). Each
 * addition has its own id, so a replay that repeats it adds it once.
 */
export async function addToCartOffline(form: FormData, words: OfflineCartWords): Promise<QueuedAddition> {
  const body = { slug: form.get('slug'), quantity: form.get('quantity'), additionId: crypto.randomUUID() };
  try {
    const response = await fetch(CART_ADDITIONS_PATH, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status === 202) return { ok: true, queued: true, message: words.queued };
    const answer = (await response.json()) as { ok: boolean; message?: string; fieldErrors?: Record<string, string[]>; count?: number };
    return { ok: answer.ok, message: answer.message, fieldErrors: answer.fieldErrors, data: answer.count === undefined ? undefined : { count: answer.count } };
  } catch {
    // No service worker to keep it (first visit, or a browser without one).
    return { ok: false, message: words.notQueued };
  }
}
