import { InvalidAmountError } from './errors';

/**
 * Formats integer paisa as the rupee string eSewa receives: "110" for whole rupees, "110.50"
 * otherwise. Called once per attempt; the result is both posted and signed, and stored.
 */
export function formatEsewaAmount(paisa: number): string {
  if (!Number.isSafeInteger(paisa) || paisa <= 0) throw new InvalidAmountError(paisa);
  const rupees = Math.floor(paisa / 100);
  const rest = paisa % 100;
  return rest === 0 ? String(rupees) : `${rupees}.${String(rest).padStart(2, '0')}`;
}

/**
 * Reads an amount eSewa sent back ("133.0", "2,700.0", 100.5) as integer paisa, or null.
 * Thousands commas are dropped (PAYMENTS.md 1.5); more than two decimals is refused.
 */
export function parseEsewaAmount(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.replaceAll(',', '').trim() : '';
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const [, rupees = '0', fraction = ''] = match;
  return Number(rupees) * 100 + Number(fraction.padEnd(2, '0'));
}
