import { randomBytes } from 'node:crypto';

const ALLOWED = /^[A-Za-z0-9-]{1,64}$/;

/**
 * `<orderNumber>-<random>`: bound to the order so a glance at eSewa's dashboard finds it, and new
 * on every attempt because eSewa refuses a reused uuid. eSewa allows letters, digits and hyphens.
 */
export function newTransactionUuid(orderNumber: string): string {
  const prefix = orderNumber.replace(/[^A-Za-z0-9-]/g, '');
  const uuid = `${prefix}-${randomBytes(6).toString('hex')}`;
  if (!ALLOWED.test(uuid)) throw new Error(`Cannot build an eSewa transaction uuid from order number ${orderNumber}`);
  return uuid;
}

export function isValidTransactionUuid(value: string): boolean {
  return ALLOWED.test(value);
}
