import { describe, expect, it } from 'vitest';
import { refillPlan, REMIND_DAYS_BEFORE } from './plan';

describe('refill plans', () => {
  it('counts the days a long-term medicine lasts at the usual dose, from the Nepal day of delivery', () => {
    // Metformin: at most 4 tablets a day; 3 strips of 10 last 7 days (7.5, whole days only).
    expect(refillPlan({ genericName: 'Metformin', packSize: '10 tablets', quantity: 3 }, '2026-12-03')).toEqual({ supplyDays: 7, runsOutOn: '2026-12-10', remindOn: '2026-12-06' });
    // Amlodipine at 2 a day: 6 strips of 10 last 30 days, across a month end.
    expect(refillPlan({ genericName: 'Amlodipine', packSize: '10 tablets', quantity: 6 }, '2026-12-20')).toEqual({ supplyDays: 30, runsOutOn: '2027-01-19', remindOn: '2027-01-15' });
    expect(REMIND_DAYS_BEFORE).toBe(4);
  });

  it('reminds the day after delivery when the supply is shorter than the notice', () => {
    expect(refillPlan({ genericName: 'Metformin', packSize: '10 tablets', quantity: 1 }, '2026-12-03')).toEqual({ supplyDays: 2, runsOutOn: '2026-12-05', remindOn: '2026-12-04' });
  });

  it('plans nothing for courses, bottles, unknown dosing or less than a day', () => {
    expect(refillPlan({ genericName: 'Amoxicillin', packSize: '10 capsules', quantity: 9 }, '2026-12-03')).toBeNull();
    expect(refillPlan({ genericName: 'Metformin', packSize: '200 ml bottle', quantity: 1 }, '2026-12-03')).toBeNull();
    expect(refillPlan({ genericName: 'Testamol', packSize: '10 tablets', quantity: 3 }, '2026-12-03')).toBeNull();
    expect(refillPlan({ genericName: 'Metformin', packSize: '2 tablets', quantity: 1 }, '2026-12-03')).toBeNull();
  });
});
