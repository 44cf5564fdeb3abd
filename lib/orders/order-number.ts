import { randomInt } from 'node:crypto';
import { orderNumberDate } from '@/lib/nepal-time';

// No 0/O or 1/I/L: order numbers get read out over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** `MN-261122-7KQ4XZ2P`: the Nepal date for humans, 8 random characters (~40 bits) for uniqueness. */
export function newOrderNumber(now = new Date()): string {
  let suffix = '';
  for (let i = 0; i < 8; i += 1) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `MN-${orderNumberDate(now)}-${suffix}`;
}

export const ORDER_NUMBER_PATTERN = /^MN-\d{6}-[2-9A-HJKMNP-Z]{8}$/;
