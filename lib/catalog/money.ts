/** Paisa to the shop's display form, e.g. 123450 → `Rs. 1,234.50`. Only called at the edge. */
export function formatPaisa(paisa: number): string {
  const sign = paisa < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(paisa));
  const rupees = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}Rs. ${rupees}.${cents}`;
}

/** Whole-percent discount of price against MRP, rounded down so we never overstate it. */
export function discountPercent(pricePaisa: number, mrpPaisa: number): number {
  if (mrpPaisa <= 0 || pricePaisa >= mrpPaisa) return 0;
  return Math.floor(((mrpPaisa - pricePaisa) * 100) / mrpPaisa);
}

/** Paisa shown in a URL price filter are whole rupees. */
export function rupeesToPaisa(rupees: number): number {
  return Math.round(rupees) * 100;
}
