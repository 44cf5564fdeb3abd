import { addresses, users, type UserRole } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { SeedTransaction } from './write';

export type DevAccount = {
  email: string;
  password: string;
  role: UserRole;
  name: string;
  phone: string;
};

/**
 * Fixed logins for local development and tests. They are public (they are in the repository),
 * which is why the seed refuses to create them in production.
 */
export const DEV_ACCOUNTS: readonly DevAccount[] = [
  { email: 'admin@medinest.local', password: 'Medinest-Admin-Dev-7341', role: 'admin', name: 'Anil Adhikari', phone: '9801000001' },
  { email: 'pharmacist@medinest.local', password: 'Medinest-Pharm-Dev-5186', role: 'pharmacist', name: 'Pramila Shrestha', phone: '9801000002' },
  { email: 'sita@example.com', password: 'Sita-Shops-Dev-2913', role: 'customer', name: 'Sita Sharma', phone: '9841234567' },
  { email: 'ram@example.com', password: 'Ram-Shops-Dev-4870', role: 'customer', name: 'Ram Thapa', phone: '9812345678' },
];

// Customers get a default delivery address so checkout works right after seeding.
const DEV_ADDRESSES: Record<string, Omit<typeof addresses.$inferInsert, 'userId' | 'recipientName' | 'phone'>> = {
  'sita@example.com': {
    label: 'Home',
    province: 'Bagmati',
    district: 'Kathmandu',
    municipality: 'Kathmandu Metropolitan City',
    ward: 10,
    street: 'Baneshwor Height, House 12',
    landmark: 'Behind Everest Hotel',
    isDefault: true,
  },
  'ram@example.com': {
    label: 'Home',
    province: 'Gandaki',
    district: 'Kaski',
    municipality: 'Pokhara Metropolitan City',
    ward: 6,
    street: 'Lakeside Road, Baidam',
    landmark: 'Opposite Barahi Temple gate',
    isDefault: true,
  },
};

/** Creates the accounts that do not exist yet; returns the emails that were created. */
export async function insertDevAccounts(tx: SeedTransaction): Promise<string[]> {
  const created: string[] = [];
  for (const account of DEV_ACCOUNTS) {
    const [user] = await tx
      .insert(users)
      .values({
        email: account.email,
        name: account.name,
        phone: account.phone,
        role: account.role,
        passwordHash: await hashPassword(account.password),
        // Email and mobile confirmed already, so development and tests can check out (cash on delivery included) at once.
        emailVerifiedAt: new Date(),
        phoneVerifiedAt: new Date(),
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) continue;
    created.push(account.email);
    const address = DEV_ADDRESSES[account.email];
    if (address) await tx.insert(addresses).values({ ...address, userId: user.id, recipientName: account.name, phone: account.phone });
  }
  return created;
}
