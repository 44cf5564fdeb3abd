import { describe, expect, it } from 'vitest';
import { computeTotals } from './totals';

const pricing = { deliveryFeePaisa: 10_000, freeDeliveryFromPaisa: 150_000 };
const line = (unitPricePaisa: number, quantity = 1) => ({ unitPricePaisa, quantity });

describe('order totals', () => {
  it('adds the delivery fee below NPR 1,500', () => {
    expect(computeTotals([line(50_050, 2), line(1)], pricing)).toEqual({ subtotalPaisa: 100_101, deliveryFeePaisa: 10_000, totalPaisa: 110_101, freeDeliveryShortfallPaisa: 49_899 });
  });

  it('charges the fee one paisa below the threshold', () => {
    expect(computeTotals([line(149_999)], pricing)).toMatchObject({ deliveryFeePaisa: 10_000, totalPaisa: 159_999, freeDeliveryShortfallPaisa: 1 });
  });

  it('delivers free at exactly NPR 1,500 and above', () => {
    expect(computeTotals([line(75_000, 2)], pricing)).toMatchObject({ deliveryFeePaisa: 0, totalPaisa: 150_000, freeDeliveryShortfallPaisa: 0 });
    expect(computeTotals([line(150_001)], pricing)).toMatchObject({ deliveryFeePaisa: 0, totalPaisa: 150_001 });
  });

  it('charges nothing for an empty cart', () => {
    expect(computeTotals([], pricing)).toEqual({ subtotalPaisa: 0, deliveryFeePaisa: 0, totalPaisa: 0, freeDeliveryShortfallPaisa: 0 });
  });

  it('follows configured fees, including a zero fee', () => {
    expect(computeTotals([line(500)], { deliveryFeePaisa: 0, freeDeliveryFromPaisa: 150_000 }).totalPaisa).toBe(500);
    expect(computeTotals([line(500)], { deliveryFeePaisa: 7_500, freeDeliveryFromPaisa: 400 }).deliveryFeePaisa).toBe(0);
  });
});
