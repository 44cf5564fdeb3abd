/**
 * Alternatives often come in different packs (10 vs 15 tablets), so a per-pack price difference
 * can mislead. We compare per unit when both packs state a count of the same unit.
 */
export type PackCount = { count: number; unit: string };

export function parsePackCount(packSize: string): PackCount | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\b/i.exec(packSize);
  if (!match) return null;
  const count = Number(match[1]);
  if (!Number.isFinite(count) || count <= 0) return null;
  // "1 tablet" and "10 tablets" are the same unit.
  const unit = match[2]!.toLowerCase().replace(/s$/, '');
  return { count, unit };
}

/**
 * What choosing the alternative saves, in paisa, for the same quantity as the viewed pack; 0 when it
 * saves nothing. Falls back to the per-pack difference when the packs cannot be compared.
 */
export function savingFor(viewed: { pricePaisa: number; packSize: string }, alternative: { pricePaisa: number; packSize: string }): { savingPaisa: number; perUnit: boolean } {
  const a = parsePackCount(viewed.packSize);
  const b = parsePackCount(alternative.packSize);
  if (a && b && a.unit === b.unit && a.count !== b.count) {
    const alternativeForSameQuantity = Math.round((alternative.pricePaisa * a.count) / b.count);
    return { savingPaisa: Math.max(0, viewed.pricePaisa - alternativeForSameQuantity), perUnit: true };
  }
  return { savingPaisa: Math.max(0, viewed.pricePaisa - alternative.pricePaisa), perUnit: false };
}
