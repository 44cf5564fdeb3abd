import { randomBytes } from 'node:crypto';

/** Every name a factory makes is unique, so test files never collide and Redis keys never clash. */
export const uniqueTag = () => randomBytes(4).toString('hex');
export const uniqueEmail = (prefix = 'user') => `${prefix}-${uniqueTag()}@example.test`;
