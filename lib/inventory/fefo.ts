import { hasDayPassed } from '@/lib/nepal-time';

/**
 * First-expiry-first-out allocation, as a pure function so it can be tested without a database.
 * The caller passes the batches it has locked; expired and empty batches are skipped here too.
 */
export type BatchStock = { id: number; productId: number; expiryDate: string; quantity: number };
export type AllocationRequest = { productId: number; quantity: number };
export type BatchAllocation = { productId: number; batchId: number; quantity: number };
export type Shortfall = { productId: number; requested: number; available: number };

/** `today` is an ISO date (YYYY-MM-DD); a batch expiring today is still sellable today. */
export function allocateFefo(batches: readonly BatchStock[], requests: readonly AllocationRequest[], today: string) {
  const sellable = batches
    .filter((b) => !hasDayPassed(b.expiryDate, today) && b.quantity > 0)
    .sort((a, b) => (a.expiryDate === b.expiryDate ? a.id - b.id : a.expiryDate < b.expiryDate ? -1 : 1));

  const allocations: BatchAllocation[] = [];
  const shortfalls: Shortfall[] = [];
  for (const request of requests) {
    const candidates = sellable.filter((b) => b.productId === request.productId);
    const available = candidates.reduce((sum, b) => sum + b.quantity, 0);
    if (available < request.quantity) {
      shortfalls.push({ productId: request.productId, requested: request.quantity, available });
      continue;
    }
    let remaining = request.quantity;
    for (const batch of candidates) {
      if (remaining === 0) break;
      const take = Math.min(batch.quantity, remaining);
      allocations.push({ productId: request.productId, batchId: batch.id, quantity: take });
      remaining -= take;
    }
  }
  return { allocations, shortfalls };
}
