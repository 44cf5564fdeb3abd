import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { addresses } from '@/db/schema';
import { createUser } from '@/test-support/factories/users';
import { isUniqueViolation } from './unique-violation';

// The errors come from the real database through drizzle and the real driver.
async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to fail');
}

const newUser = (email: string) => createUser({ email });

describe('isUniqueViolation', () => {
  it('recognises a duplicate key, by constraint name too', async () => {
    const email = `unique-${randomBytes(4).toString('hex')}@example.test`;
    await newUser(email);
    const duplicate = await errorOf(() => newUser(email));
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(isUniqueViolation(duplicate, 'users_email_unique')).toBe(true);
    expect(isUniqueViolation(duplicate, 'payments_provider_reference_unique')).toBe(false);
  });

  it('says no to other database errors and to non-errors', async () => {
    const foreignKey = await errorOf(() =>
      db.insert(addresses).values({ userId: '00000000-0000-4000-8000-000000000000', recipientName: 'X', phone: '9841000000', province: 'Bagmati', district: 'Kathmandu', municipality: 'Kathmandu', ward: 1, street: 'X' }),
    );
    expect(isUniqueViolation(foreignKey)).toBe(false);
    expect(isUniqueViolation(new Error('23505'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation('23505')).toBe(false);
  });
});
