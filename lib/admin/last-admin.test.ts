import { inArray, isNull, and } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { changeUserRole, setUserDisabled } from './users';

// A database of its own: the count of admins must not include those other tests create.
let scratch: ScratchDatabase;
beforeAll(async () => {
  scratch = await createScratchDatabase({ prefix: 'medinest_last_admin' });
});
afterAll(async () => {
  await scratch?.drop();
});

async function twoAdmins(round: number) {
  const rows = await scratch.db
    .insert(users)
    .values(['a', 'b'].map((who) => ({ email: `admin-${who}-${round}@example.test`, name: `Admin ${who}`, passwordHash: 'x', role: 'admin' as const, totpEnabledAt: new Date() })))
    .returning({ id: users.id, role: users.role });
  return rows as [{ id: string; role: 'admin' }, { id: string; role: 'admin' }];
}

async function activeAdmins(ids: string[]) {
  return scratch.db.select({ id: users.id }).from(users).where(and(inArray(users.id, ids), inArray(users.role, ['admin']), isNull(users.disabledAt)));
}

describe('the last admin', () => {
  it('survives two admins demoting or disabling each other at the same moment, every time', async () => {
    for (let round = 0; round < 20; round++) {
      // Only these two admins are active: retire the previous round's survivor.
      await scratch.db.update(users).set({ disabledAt: new Date() }).where(isNull(users.disabledAt));
      const [a, b] = await twoAdmins(round);
      const results = await Promise.allSettled(
        round % 2 === 0
          ? [changeUserRole({ userId: b.id, role: 'pharmacist' }, a, null, scratch.db), changeUserRole({ userId: a.id, role: 'customer' }, b, null, scratch.db)]
          : [setUserDisabled({ userId: b.id }, true, a, null, scratch.db), changeUserRole({ userId: a.id, role: 'pharmacist' }, b, null, scratch.db)],
      );
      expect(await activeAdmins([a.id, b.id])).toHaveLength(1);
      const refused = results.filter((r) => r.status === 'rejected');
      expect(refused).toHaveLength(1);
      const reason = (refused[0] as PromiseRejectedResult).reason as Error;
      expect(`${reason.message} ${String(reason.cause)}`).toContain('at least one active admin');
    }
  });
});
