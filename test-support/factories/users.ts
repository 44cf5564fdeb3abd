import { addresses, users, type UserRole } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { factoryDatabase } from './database';
import { uniqueEmail, uniqueTag } from './unique';

export const TEST_PASSWORD = 'Correct-Horse-Battery-9';

export type TestUser = { id: string; email: string; name: string; role: UserRole; password: string };
export type TestCustomer = TestUser & { addressId: string };

export type UserOverrides = {
  role?: UserRole;
  email?: string;
  name?: string;
  phone?: string | null;
  password?: string;
  /** Two-factor marked as enrolled (a placeholder secret: enough for the gates, not for codes). */
  twoFactor?: boolean;
  disabled?: boolean;
  /** Email not yet confirmed (checkout refuses); confirmed by default, like the seeded accounts. */
  unverified?: boolean;
  /** Mobile number not yet proven by an SMS code (cash on delivery refuses); proven by default. */
  phoneUnverified?: boolean;
  locale?: 'en' | 'ne';
  orderUpdatesBySms?: boolean;
  orderUpdatesByEmail?: boolean;
};

// Hashing is deliberately slow; most tests share one password.
const hashes = new Map<string, Promise<string>>();
const hashOf = (password: string) => hashes.get(password) ?? hashes.set(password, hashPassword(password)).get(password)!;

export async function createUser(overrides: UserOverrides = {}): Promise<TestUser> {
  const db = await factoryDatabase();
  const role = overrides.role ?? 'customer';
  const password = overrides.password ?? TEST_PASSWORD;
  const tag = uniqueTag();
  const enrolled = overrides.twoFactor ? new Date() : null;
  const phone = overrides.phone === undefined ? '9841000000' : overrides.phone;
  const [row] = await db
    .insert(users)
    .values({
      email: overrides.email ?? uniqueEmail(role),
      name: overrides.name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${tag}`,
      phone,
      phoneVerifiedAt: phone && !overrides.phoneUnverified ? new Date() : null,
      locale: overrides.locale ?? 'en',
      orderUpdatesBySms: overrides.orderUpdatesBySms ?? true,
      orderUpdatesByEmail: overrides.orderUpdatesByEmail ?? true,
      passwordHash: await hashOf(password),
      role,
      totpEnabledAt: enrolled,
      totpSecretEncrypted: enrolled && 'v1.test.test.test',
      disabledAt: overrides.disabled ? new Date() : null,
      emailVerifiedAt: overrides.unverified ? null : new Date(),
    })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
  return { ...row!, password };
}

/** Back-office staff: two-factor enrolled unless told otherwise, so the staff gate lets them through. */
export async function createStaff(role: 'pharmacist' | 'admin', overrides: Omit<UserOverrides, 'role'> = {}): Promise<TestUser> {
  return createUser({ twoFactor: true, ...overrides, role });
}

export type AddressOverrides = Partial<Omit<typeof addresses.$inferInsert, 'userId' | 'id'>>;

const DEFAULT_ADDRESS = {
  recipientName: 'Sita Sharma',
  phone: '9841234567',
  province: 'Bagmati',
  district: 'Kathmandu',
  municipality: 'Kathmandu Metropolitan City',
  ward: 10,
  street: 'New Baneshwor',
  isDefault: true,
};

export async function createAddress(userId: string, overrides: AddressOverrides = {}): Promise<string> {
  const db = await factoryDatabase();
  const [row] = await db
    .insert(addresses)
    .values({
      ...DEFAULT_ADDRESS,
      ...overrides,
      userId,
    })
    .returning({ id: addresses.id });
  return row!.id;
}

/** A shopper with a default delivery address, ready to check out. */
export async function createCustomer(overrides: Omit<UserOverrides, 'role'> & { address?: AddressOverrides } = {}): Promise<TestCustomer> {
  const { address, ...user } = overrides;
  const created = await createUser({ ...user, role: 'customer' });
  return { ...created, addressId: await createAddress(created.id, address) };
}

/** Many shoppers in two statements (the concurrency tests make hundreds). */
export async function createCustomers(count: number): Promise<TestCustomer[]> {
  const db = await factoryDatabase();
  const passwordHash = await hashOf(TEST_PASSWORD);
  const created = await db
    .insert(users)
    .values(Array.from({ length: count }, (_, i) => ({ email: uniqueEmail(`shopper${i}`), name: `Shopper ${i}`, passwordHash, emailVerifiedAt: new Date(), phone: '9841000000', phoneVerifiedAt: new Date() })))
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
  const rows = await db
    .insert(addresses)
    .values(created.map((u) => ({ ...DEFAULT_ADDRESS, userId: u.id })))
    .returning({ id: addresses.id, userId: addresses.userId });
  const addressOf = new Map(rows.map((a) => [a.userId, a.id]));
  return created.map((u) => ({ ...u, password: TEST_PASSWORD, addressId: addressOf.get(u.id)! }));
}
