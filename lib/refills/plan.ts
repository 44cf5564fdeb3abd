import { dosingOf, supplyDaysOf } from '@/lib/safety/facts';
import { addDays, type IsoDate } from '@/lib/nepal-time';

/** The reminder goes this many Nepal days before the supply runs out: time to order and be delivered. */
export const REMIND_DAYS_BEFORE = 4;
// A medicine usually dispensed for two months or more is long-term (lib/safety/data/medicines.ts).
const LONG_TERM_SUPPLY_DAYS = 60;

export type RefillPlan = { supplyDays: number; runsOutOn: IsoDate; remindOn: IsoDate };

/**
 * When a delivered line of a long-term medicine runs out, at the usual dose: the days its
 * tablets last (lib/safety's dosing), counted from the Nepal day it was delivered. Null for
 * courses (antibiotics), bottles and medicines without known dosing: no reminder for those.
 */
export function refillPlan(line: { genericName: string; packSize: string; quantity: number }, deliveredOn: IsoDate): RefillPlan | null {
  const dosing = dosingOf(line.genericName);
  if (!dosing || dosing.maxSupplyDays < LONG_TERM_SUPPLY_DAYS) return null;
  const days = supplyDaysOf(line);
  if (days === null || days < 1) return null;
  const supplyDays = Math.floor(days);
  const runsOutOn = addDays(deliveredOn, supplyDays);
  // A supply shorter than the notice is reminded of the day after delivery.
  const remindOn = supplyDays > REMIND_DAYS_BEFORE ? addDays(runsOutOn, -REMIND_DAYS_BEFORE) : addDays(deliveredOn, 1);
  return { supplyDays, runsOutOn, remindOn };
}
