import 'server-only';
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { addresses, type AddressSnapshot } from '@/db/schema';
import type { AddressInput } from '@/lib/validation/address';
import { DomainError } from '@/lib/errors';
import { NotFoundError } from '../errors';

export const MAX_ADDRESSES = 10;

const addressColumns = {
  id: addresses.id,
  label: addresses.label,
  recipientName: addresses.recipientName,
  phone: addresses.phone,
  province: addresses.province,
  district: addresses.district,
  municipality: addresses.municipality,
  ward: addresses.ward,
  street: addresses.street,
  landmark: addresses.landmark,
  isDefault: addresses.isDefault,
};

/** A saved address: the fields an order snapshots, plus what the address book adds. */
export type AddressDto = AddressSnapshot & { id: string; label: string; isDefault: boolean };

/** Every query below is scoped by the owner's id as well as the address id. */
export async function listAddresses(db: Database, userId: string): Promise<AddressDto[]> {
  return db.select(addressColumns).from(addresses).where(eq(addresses.userId, userId)).orderBy(desc(addresses.isDefault), asc(addresses.createdAt));
}

export async function getAddress(db: Database, userId: string, id: string): Promise<AddressDto | null> {
  const [row] = await db.select(addressColumns).from(addresses).where(and(eq(addresses.id, id), eq(addresses.userId, userId))).limit(1);
  return row ?? null;
}

/** Adds an address; the first one becomes the default. */
export async function createAddress(db: Database, userId: string, input: AddressInput): Promise<AddressDto> {
  return db.transaction(async (tx) => {
    const existing = await tx.select({ id: addresses.id }).from(addresses).where(eq(addresses.userId, userId)).for('update');
    if (existing.length >= MAX_ADDRESSES) throw new DomainError(`You can keep at most ${MAX_ADDRESSES} addresses. Delete one first.`);
    const makeDefault = input.isDefault || existing.length === 0;
    if (makeDefault) await clearDefault(tx, userId);
    const [row] = await tx
      .insert(addresses)
      .values({ ...fields(input), userId, isDefault: makeDefault })
      .returning(addressColumns);
    return row!;
  });
}

export async function updateAddress(db: Database, userId: string, id: string, input: AddressInput): Promise<AddressDto> {
  return db.transaction(async (tx) => {
    if (input.isDefault) await clearDefault(tx, userId, id);
    const [row] = await tx
      .update(addresses)
      .set({ ...fields(input), ...(input.isDefault ? { isDefault: true } : {}), updatedAt: new Date() })
      .where(and(eq(addresses.id, id), eq(addresses.userId, userId)))
      .returning(addressColumns);
    if (!row) throw new NotFoundError('Address');
    return row;
  });
}

/** Deletes an address; if it was the default, the oldest remaining one takes over. */
export async function deleteAddress(db: Database, userId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(addresses)
      .where(and(eq(addresses.id, id), eq(addresses.userId, userId)))
      .returning({ isDefault: addresses.isDefault });
    if (!removed) throw new NotFoundError('Address');
    if (!removed.isDefault) return;
    const [next] = await tx.select({ id: addresses.id }).from(addresses).where(eq(addresses.userId, userId)).orderBy(asc(addresses.createdAt)).limit(1);
    if (next) await tx.update(addresses).set({ isDefault: true }).where(and(eq(addresses.id, next.id), eq(addresses.userId, userId)));
  });
}

export async function setDefaultAddress(db: Database, userId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [target] = await tx.select({ id: addresses.id }).from(addresses).where(and(eq(addresses.id, id), eq(addresses.userId, userId))).for('update');
    if (!target) throw new NotFoundError('Address');
    await clearDefault(tx, userId, id);
    await tx.update(addresses).set({ isDefault: true, updatedAt: new Date() }).where(and(eq(addresses.id, id), eq(addresses.userId, userId)));
  });
}

// The partial unique index allows one default per user, so the old one is cleared first.
async function clearDefault(tx: Transaction, userId: string, exceptId?: string): Promise<void> {
  const scope = exceptId ? and(eq(addresses.userId, userId), eq(addresses.isDefault, true), ne(addresses.id, exceptId)) : and(eq(addresses.userId, userId), eq(addresses.isDefault, true));
  await tx.update(addresses).set({ isDefault: false }).where(scope);
}

function fields(input: AddressInput) {
  return {
    label: input.label,
    recipientName: input.recipientName,
    phone: input.phone,
    province: input.province,
    district: input.district,
    municipality: input.municipality,
    ward: input.ward,
    street: input.street,
    landmark: input.landmark ?? null,
  };
}
