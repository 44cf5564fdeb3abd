import { uniqueIp } from './auth';
import { call } from './api-client';
import { createCustomer, TEST_PASSWORD, type TestCustomer } from './factories/users';

export type ApiTokens = { accessToken: string; refreshToken: string; expiresIn: number; tokenType: string };

/** Signs in through POST /api/v1/auth/token, from an address of its own. */
export async function apiSignIn(user: { email: string; password?: string }, ip = uniqueIp()): Promise<ApiTokens> {
  const response = await call('POST', '/auth/token', {}, { json: { email: user.email, password: user.password ?? TEST_PASSWORD }, ip });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as ApiTokens;
}

/** A new shopper with an address, signed in through the API. */
export async function apiCustomer(): Promise<TestCustomer & ApiTokens> {
  const customer = await createCustomer();
  return { ...customer, ...(await apiSignIn(customer)) };
}
