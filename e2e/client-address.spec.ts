import { expect, test } from '@playwright/test';
import { uniqueEmail } from '@/test-support/factories/unique';
import { createStaff } from '@/test-support/factories/users';
import { attemptSignIn, formAlert } from './pages/sign-in';
import { connectE2eDatabase } from './support/e2e-database';
import { SITA } from './support/seeded-accounts';
import { freshIp, newVisitor } from './support/visitors';

/**
 * Who the client is, against the built app. The e2e server trusts one proxy hop (Playwright plays
 * nginx): the rightmost X-Forwarded-For entry is what "the proxy" saw, and everything to its left
 * is what an attacker typed, which must never count. The addresses are set by hand here: they are
 * what is under test.
 */
const database = connectE2eDatabase();

test('rotating forged X-Forwarded-For entries does not get past the per-IP lock, and the audit log names the real address', async ({ page, context }) => {
  const realIp = freshIp();
  const forged: string[] = [];
  for (let i = 0; i < 5; i++) {
    forged.push(freshIp());
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': `${forged.at(-1)}, ${realIp}` });
    await attemptSignIn(page, { email: uniqueEmail('spray'), password: 'Password-spray-123' });
    await expect(formAlert(page)).toHaveText('Email or password is incorrect.');
  }
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': `${freshIp()}, ${realIp}` });
  await attemptSignIn(page, SITA);
  await expect(formAlert(page)).toHaveText('Too many attempts. Try again in 15 minutes.');

  const rows = await database.sql<{ ip: string }[]>`select ip from audit_log where action = 'auth.sign_in_failed' and ip = any(${[realIp, ...forged]})`;
  expect(rows.map((r) => r.ip)).toEqual(Array(5).fill(realIp));
});

test('a wrong-password flood against a staff account slows it down, the owner still signs in, and the flooding address stays locked', async ({ browser }) => {
  const pharmacist = await createStaff('pharmacist', { twoFactor: false, name: 'Flooded Pharmacist' });

  const { context: attacker, page: attackerPage } = await newVisitor(browser);
  for (let i = 0; i < 5; i++) {
    await attemptSignIn(attackerPage, { email: pharmacist.email, password: `Wrong-guess-${i}-xyz` });
    await expect(formAlert(attackerPage)).toHaveText('Email or password is incorrect.');
  }
  // Even the right password is refused from the flooding address.
  await attemptSignIn(attackerPage, pharmacist);
  await expect(formAlert(attackerPage)).toHaveText('Too many attempts. Try again in 15 minutes.');

  const { context: owner, page: ownerPage } = await newVisitor(browser);
  for (let attempt = 0; attempt < 3; attempt++) {
    await attemptSignIn(ownerPage, pharmacist);
    await ownerPage.waitForURL((url) => url.pathname !== '/login', { timeout: 5_000 }).catch(() => {});
    if (new URL(ownerPage.url()).pathname !== '/login') break;
    // Inside the account's short delay: the owner is told how long, and waits.
    const wait = /Try again in (\d+) seconds?\./.exec((await formAlert(ownerPage).textContent()) ?? '');
    expect(wait, 'a short delay, never a lock').not.toBeNull();
    await ownerPage.waitForTimeout(Number(wait![1]) * 1000 + 200);
  }
  // A new pharmacist is sent to enrol two-factor: the password step passed.
  await expect(ownerPage).toHaveURL(/\/account\/two-factor$/);
  await attacker.close();
  await owner.close();
});
