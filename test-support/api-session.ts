import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { users } from '@/db/schema';
import { encryptSecret, generateTotpSecret } from '@/lib/auth/totp';
import { env } from '@/lib/env';
import { uniqueIp } from './auth';
import { call } from './api-client';
import { factoryDatabase } from './factories/database';
import { createCustomer, createStaff, TEST_PASSWORD, type TestCustomer, type TestUser } from './factories/users';

export type ApiTokens = { accessToken: string; refreshToken: string; expiresIn: number; tokenType: string };

/** Signs in through POST /api/v1/auth/token, from an address of its own. */
export async function apiSignIn(user: { email: string; password?: string; code?: string }, ip = uniqueIp()): Promise<ApiTokens> {
  const response = await call('POST', '/auth/token', {}, { json: { email: user.email, password: user.password ?? TEST_PASSWORD, code: user.code }, ip });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as ApiTokens;
}

/** A new shopper with an address, signed in through the API. */
export async function apiCustomer(): Promise<TestCustomer & ApiTokens> {
  const customer = await createCustomer();
  return { ...customer, ...(await apiSignIn(customer)) };
}

/** The current code of a TOTP secret, as an authenticator app shows it. */
export const totpNow = (secret: string) => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();

/** A staff member with a real two-factor secret, signed in through the API with its code. */
export async function apiStaff(role: 'pharmacist' | 'admin'): Promise<TestUser & ApiTokens & { totpSecret: string }> {
  const member = await createStaff(role);
  const totpSecret = generateTotpSecret();
  const database = await factoryDatabase();
  await database.update(users).set({ totpSecretEncrypted: encryptSecret(totpSecret, env.TOTP_ENCRYPTION_KEY) }).where(eq(users.id, member.id));
  return { ...member, totpSecret, ...(await apiSignIn({ email: member.email, code: totpNow(totpSecret) })) };
}
