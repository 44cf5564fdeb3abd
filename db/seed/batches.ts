import { createRandom, randomInt, seedFromText, type Random } from './random';

export type PlannedMovement = {
  quantityChange: number;
  reason: 'receive' | 'adjustment';
  note: string;
  createdAt: Date;
};

export type PlannedBatch = {
  batchNumber: string;
  /** YYYY-MM-DD, as the `date` column stores it. */
  expiryDate: string;
  quantity: number;
  costPaisa: number;
  receivedAt: Date;
  /** Sums to `quantity`: the ledger explains every unit on hand. */
  movements: PlannedMovement[];
};

type ShelfState = 'long' | 'near' | 'expired';

const DAY_MS = 86_400_000;
const OUT_OF_STOCK_SHARE = 0.07;

function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function batchNumber(random: Random, slug: string, madeOn: Date, index: number): string {
  const prefix = (slug.replace(/[^a-z]/g, '').slice(0, 3) || 'med').toUpperCase();
  const yymm = isoDate(madeOn).slice(2, 7).replace('-', '');
  const serial = String(randomInt(random, 0, 999)).padStart(3, '0');
  return `${prefix}${yymm}${serial}${String.fromCharCode(65 + index)}`;
}

// Expensive packs (devices, insulin) are stocked by the unit; strips of tablets by the hundred.
function receivedQuantity(random: Random, pricePaisa: number, state: ShelfState): number {
  const [min, max] = pricePaisa >= 1000_00 ? [3, 25] : state === 'long' ? [40, 400] : [5, 80];
  return randomInt(random, min, max);
}

function plannedBatch(random: Random, slug: string, pricePaisa: number, now: Date, state: ShelfState, index: number): PlannedBatch {
  // Six to thirty months of shelf life for fresh stock; older deliveries for stock near or past expiry.
  const expiresInDays = state === 'long' ? randomInt(random, 183, 913) : state === 'near' ? randomInt(random, 1, 60) : -randomInt(random, 1, 180);
  const receivedDaysAgo = state === 'long' ? randomInt(random, 3, 200) : randomInt(random, 300, 700);
  const receivedAt = daysFrom(now, -receivedDaysAgo);
  const quantity = receivedQuantity(random, pricePaisa, state);
  const costPaisa = Math.floor((pricePaisa * randomInt(random, 62, 80)) / 100);
  const number = batchNumber(random, slug, daysFrom(receivedAt, -randomInt(random, 20, 90)), index);
  return {
    batchNumber: number,
    expiryDate: isoDate(daysFrom(now, expiresInDays)),
    quantity,
    costPaisa,
    receivedAt,
    movements: [{ quantityChange: quantity, reason: 'receive', note: `Opening stock, batch ${number}`, createdAt: receivedAt }],
  };
}

/** A batch that was received and has since sold through: on hand 0, and the ledger says why. */
function soldOutBatch(random: Random, slug: string, pricePaisa: number, now: Date): PlannedBatch {
  const batch = plannedBatch(random, slug, pricePaisa, now, 'long', 0);
  const soldOutAt = daysFrom(batch.receivedAt, 1 + Math.floor((now.getTime() - batch.receivedAt.getTime()) / DAY_MS / 2));
  batch.movements.push({ quantityChange: -batch.quantity, reason: 'adjustment', note: 'Sold through before the opening stock count', createdAt: soldOutAt });
  batch.quantity = 0;
  return batch;
}

/**
 * One to three batches for a catalog product, derived from its slug so the plan never changes for a
 * given clock. A few products end up with no stock, some batches are near expiry or already expired.
 * Staple products always have at least one fresh batch.
 */
export function planCatalogBatches(input: { slug: string; pricePaisa: number; staple: boolean; now: Date }): PlannedBatch[] {
  const random = createRandom(seedFromText(input.slug));
  if (!input.staple && random() < OUT_OF_STOCK_SHARE) {
    return random() < 0.5 ? [] : [soldOutBatch(random, input.slug, input.pricePaisa, input.now)];
  }
  const count = randomInt(random, 1, 3);
  const batches: PlannedBatch[] = [];
  for (let index = 0; index < count; index++) {
    const roll = random();
    const state: ShelfState = index === 0 && input.staple ? 'long' : roll < 0.1 ? 'expired' : roll < 0.22 ? 'near' : 'long';
    batches.push(plannedBatch(random, input.slug, input.pricePaisa, input.now, state, index));
  }
  return batches;
}

/** The single fresh batch each synthetic product gets; `random` is the synthetic run's own stream. */
export function planSyntheticBatch(random: Random, slug: string, pricePaisa: number, now: Date): PlannedBatch {
  return plannedBatch(random, slug, pricePaisa, now, 'long', 0);
}
