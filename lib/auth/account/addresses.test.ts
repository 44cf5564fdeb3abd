import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { addressSchema } from '@/lib/validation/address';
import { NotFoundError } from '../errors';
import { createUser } from '@/test-support/factories/users';
import { createAddress, deleteAddress, listAddresses, setDefaultAddress, updateAddress } from './addresses';

const address = (label: string, isDefault = false) =>
  addressSchema.parse({ label, recipientName: 'Ram Thapa', phone: '9812345678', province: 'Gandaki', district: 'Kaski', municipality: 'Pokhara', ward: '8', street: 'Lakeside', isDefault: isDefault ? 'on' : undefined });

describe('addresses', () => {
  it('makes the first address the default and moves the default when asked', async () => {
    const user = await createUser();
    const home = await createAddress(db, user.id, address('Home'));
    expect(home.isDefault).toBe(true);
    const office = await createAddress(db, user.id, address('Office', true));
    expect((await listAddresses(db, user.id)).map((a) => [a.label, a.isDefault])).toEqual([
      ['Office', true],
      ['Home', false],
    ]);
    await setDefaultAddress(db, user.id, home.id);
    expect((await listAddresses(db, user.id)).find((a) => a.isDefault)?.id).toBe(home.id);
    await updateAddress(db, user.id, office.id, { ...address('Work'), isDefault: false });
    expect((await listAddresses(db, user.id)).map((a) => a.label).sort()).toEqual(['Home', 'Work']);
  });

  it('hands the default to a remaining address when the default is deleted', async () => {
    const user = await createUser();
    const first = await createAddress(db, user.id, address('First'));
    const second = await createAddress(db, user.id, address('Second'));
    await deleteAddress(db, user.id, first.id);
    expect(await listAddresses(db, user.id)).toEqual([expect.objectContaining({ id: second.id, isDefault: true })]);
  });

  it("never lets one user read, change or delete another user's address", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const mine = await createAddress(db, owner.id, address('Home'));
    await expect(updateAddress(db, intruder.id, mine.id, address('Stolen'))).rejects.toThrow(NotFoundError);
    await expect(deleteAddress(db, intruder.id, mine.id)).rejects.toThrow(NotFoundError);
    await expect(setDefaultAddress(db, intruder.id, mine.id)).rejects.toThrow(NotFoundError);
    expect(await listAddresses(db, intruder.id)).toEqual([]);
    expect((await listAddresses(db, owner.id))[0]?.label).toBe('Home');
  });
});
