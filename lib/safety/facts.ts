import { parsePackCount } from '@/lib/catalog/pack-size';
import { THERAPEUTIC_CLASSES, type ClassId } from './data/classes';
import { ASSUMED_SUPPLY_DAYS, MEDICINE_PROFILES } from './data/medicines';
import { ingredientsOf } from './ingredients';
import type { HistoryLine, PatientFacts, ReviewLine } from './types';

export function classOf(ingredient: string): ClassId | null {
  return MEDICINE_PROFILES[ingredient]?.classId ?? null;
}

export function classLabel(classId: ClassId): string {
  return THERAPEUTIC_CLASSES[classId].label;
}

const PIECE_UNITS = new Set(['tablet', 'capsule', 'sachet']);

/** Tablets or capsules in the line, when its pack says how many; null for bottles, tubes and inhalers. */
export function unitsOf(line: { packSize: string; quantity: number }): { count: number; unit: string } | null {
  const pack = parsePackCount(line.packSize);
  if (!pack || !PIECE_UNITS.has(pack.unit)) return null;
  return { count: pack.count * line.quantity, unit: pack.unit };
}

/** The usual most a day of a (combination) product: the ingredient that allows the fewest. */
export function dosingOf(genericName: string): { dailyUnits: number; maxSupplyDays: number } | null {
  const known = ingredientsOf(genericName).flatMap((key) => {
    const p = MEDICINE_PROFILES[key];
    return p?.dailyUnits && p.maxSupplyDays ? [{ dailyUnits: p.dailyUnits, maxSupplyDays: p.maxSupplyDays }] : [];
  });
  if (known.length === 0) return null;
  return { dailyUnits: Math.min(...known.map((k) => k.dailyUnits)), maxSupplyDays: Math.min(...known.map((k) => k.maxSupplyDays)) };
}

/** Days one line lasts at the usual most a day, or null when the pack or the dosing is unknown. */
export function supplyDaysOf(line: { genericName: string; packSize: string; quantity: number }): number | null {
  const units = unitsOf(line);
  const dosing = dosingOf(line.genericName);
  return units && dosing ? units.count / dosing.dailyUnits : null;
}

/** Whether an earlier order's supply lasts until today (ingredients without dosing count 30 days). */
export function stillInSupply(line: HistoryLine, today: string): boolean {
  const days = Math.ceil(supplyDaysOf(line) ?? ASSUMED_SUPPLY_DAYS);
  const orderedOn = Date.parse(`${line.orderedOn}T00:00:00Z`);
  const lastDay = new Date(orderedOn + days * 86_400_000).toISOString().slice(0, 10);
  return lastDay >= today;
}

/**
 * The lines of the review split by patient. A line with no patient (an over-the-counter line, or an
 * order from before patients) could be for anyone in the order, so it joins every patient's group.
 */
export function groupByPatient(lines: readonly ReviewLine[]): { patient: PatientFacts | null; lines: ReviewLine[] }[] {
  const unassigned = lines.filter((l) => !l.patient);
  const byPatient = new Map<string, { patient: PatientFacts; lines: ReviewLine[] }>();
  for (const line of lines) {
    if (!line.patient) continue;
    const group = byPatient.get(line.patient.id) ?? { patient: line.patient, lines: [] };
    group.lines.push(line);
    byPatient.set(line.patient.id, group);
  }
  if (byPatient.size === 0) return unassigned.length ? [{ patient: null, lines: unassigned }] : [];
  return [...byPatient.values()].map((g) => ({ patient: g.patient, lines: [...g.lines, ...unassigned] }));
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
