import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createFixture } from '@/test-support/catalog-fixture';
import { describeStock, LOW_STOCK_THRESHOLD, sellableQuantitySql, stockStateFor } from './stock-state';

describe('stockStateFor', () => {
  it('says in stock, only N left, or out of stock', () => {
    expect(describeStock(stockStateFor(LOW_STOCK_THRESHOLD + 1))).toBe('In stock');
    expect(describeStock(stockStateFor(LOW_STOCK_THRESHOLD))).toBe(`Only ${LOW_STOCK_THRESHOLD} left`);
    expect(describeStock(stockStateFor(1))).toBe('Only 1 left');
    expect(describeStock(stockStateFor(0))).toBe('Out of stock');
    expect(stockStateFor(-3)).toEqual({ status: 'out_of_stock', available: 0 });
  });
});

describe('sellableQuantitySql', () => {
  it('counts only batches that have not expired, including one expiring today', async () => {
    const fx = await createFixture([
      { brandName: 'Batched', genericName: 'Stockol', pricePaisa: 100, batches: [['2026-06-14', 100], ['2026-06-15', 4], ['2026-07-01', 6], ['2026-08-01', 0]] },
      { brandName: 'All Expired', genericName: 'Stockol', pricePaisa: 100, batches: [['2026-01-01', 500]] },
    ]);
    const quantity = async (id: number, today: string) => {
      const [row] = (await db.execute(sql`select ${sellableQuantitySql(sql`${id}::int`, today)} as q`)) as unknown as { q: number }[];
      return stockStateFor(row!.q);
    };
    expect(await quantity(fx.ids['Batched']!, '2026-06-15')).toEqual({ status: 'low_stock', available: 10 });
    expect(await quantity(fx.ids['Batched']!, '2026-06-16')).toEqual({ status: 'low_stock', available: 6 });
    expect(await quantity(fx.ids['Batched']!, '2026-06-01')).toEqual({ status: 'in_stock', available: 110 });
    expect(await quantity(fx.ids['All Expired']!, '2026-06-15')).toEqual({ status: 'out_of_stock', available: 0 });
  });
});
