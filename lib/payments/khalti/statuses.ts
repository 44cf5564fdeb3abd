/** Lookup statuses exactly as Khalti spells them (PAYMENTS.md 4; not "UserCanceled"). */
export const KHALTI_STATUSES = ['Completed', 'Pending', 'Initiated', 'Refunded', 'Expired', 'User canceled', 'Partially refunded'] as const;
export type KhaltiStatus = (typeof KHALTI_STATUSES)[number];

export function isKhaltiStatus(value: unknown): value is KhaltiStatus {
  return typeof value === 'string' && (KHALTI_STATUSES as readonly string[]).includes(value);
}

// Khalti's smallest payment is Rs 10, sent as integer paisa.
export const KHALTI_MIN_AMOUNT_PAISA = 1000;

export function isPayableKhaltiAmount(paisa: number): boolean {
  return Number.isSafeInteger(paisa) && paisa >= KHALTI_MIN_AMOUNT_PAISA;
}

/** Reads a paisa amount Khalti sent (a JSON number, or digits in a query string), or null. */
export function parseKhaltiPaisa(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\d{1,12}$/.test(value.trim())) return Number(value.trim());
  return null;
}
