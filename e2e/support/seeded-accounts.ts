import { DEV_ACCOUNTS, type DevAccount } from '@/db/seed/dev-accounts';

function seeded(email: string): DevAccount {
  const account = DEV_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`${email} is not a seeded account (db/seed/dev-accounts.ts)`);
  return account;
}

/** The seeded shoppers the e2e server's database starts with; specs must leave them as they found them. */
export const SITA = seeded('sita@example.com');
export const RAM = seeded('ram@example.com');
