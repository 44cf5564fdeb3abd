import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createOrderRow } from '@/test-support/factories/order-rows';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer, createStaff } from '@/test-support/factories/users';
import { signIn, signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { horizontalOverflow } from './support/horizontal-overflow';
import { hydrated } from './support/hydration';
import { newVisitor } from './support/visitors';

/**
 * Refill reminders on the production build: the shopper sees when a long-term medicine runs out,
 * pauses and resumes the reminder, and reorders it in one click; staff see it among the refills due.
 */
const database = connectE2eDatabase();
const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'refills');

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [label, viewport] of [['phone', { width: 360, height: 800 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
    expect(await horizontalOverflow(page, name), `${name} at ${label} width`).toBeNull();
  }
}

test('a shopper pauses, resumes and reorders a refill; staff see it due', async ({ browser }) => {
  test.setTimeout(180_000);
  const account = await createCustomer({ name: 'Hari Thapa' });
  const tag = Math.random().toString(36).slice(2, 8);
  const product = await createProduct({ brandName: `Amlopin ${tag}`, genericName: 'Amlodipine', strength: '5 mg', packSize: '10 tablets', batches: [{ quantity: 40, expiryDate: '2099-12-31' }] });
  // As a delivery leaves it (lib/refills/record.ts, tested with the real transitions): 3 strips, 15 days.
  const order = await createOrderRow({ userId: account.id, product: { ...product, strength: '5 mg' }, quantity: 3, status: 'delivered' });
  await database.sql`insert into refill_reminders (user_id, product_id, last_order_id, quantity, supply_days, runs_out_on, remind_on)
    values (${account.id}, ${product.id}, ${order.id}, 3, 15, (now() at time zone 'Asia/Kathmandu')::date + 5, (now() at time zone 'Asia/Kathmandu')::date + 1)`;

  const shopper = await newVisitor(browser);
  await signIn(shopper.page, account, { next: '/account/refills' });
  const card = shopper.page.getByTestId('refill').filter({ hasText: `Amlopin ${tag} 5 mg` });
  await expect(card).toHaveAttribute('data-status', 'active');
  await expect(card).toContainText('3 packs · about 15 days');
  await screenshot(shopper.page, 'account-refills');
  await hydrated(card.getByRole('button', { name: 'Pause reminders' }));
  await card.getByRole('button', { name: 'Pause reminders' }).click();
  await expect(card).toHaveAttribute('data-status', 'paused');
  await card.getByRole('button', { name: 'Resume reminders' }).click();
  await expect(card).toHaveAttribute('data-status', 'active');
  // Stopping asks first; "Go back" leaves the reminder on.
  await card.getByRole('button', { name: 'Stop reminders' }).click();
  const confirm = shopper.page.getByRole('dialog');
  await expect(confirm).toContainText(`Stop reminders for Amlopin ${tag} 5 mg?`);
  await screenshot(shopper.page, 'account-refills-stop');
  await confirm.getByRole('button', { name: 'Go back' }).click();
  await expect(confirm).toBeHidden();
  await expect(card).toHaveAttribute('data-status', 'active');
  await card.getByRole('button', { name: 'Stop reminders' }).click();
  await confirm.getByRole('button', { name: 'Stop reminders' }).click();
  await expect(card).toHaveAttribute('data-status', 'stopped');
  await card.getByRole('button', { name: 'Resume reminders' }).click();
  await expect(card).toHaveAttribute('data-status', 'active');

  const staff = await newVisitor(browser);
  await signInNewStaff(staff.page, await createStaff('pharmacist', { twoFactor: false }), '/admin/refills');
  await expect(staff.page.getByTestId('refill-due-row').filter({ hasText: `Amlopin ${tag} 5 mg` })).toContainText('Hari Thapa');
  await screenshot(staff.page, 'admin-refills');

  await card.getByRole('button', { name: 'Reorder' }).click();
  await shopper.page.waitForURL(/\/checkout$/);
  await expect(shopper.page.getByText(`Amlopin ${tag}`).first()).toBeVisible();
  const [line] = await database.sql<{ quantity: number }[]>`select ci.quantity from cart_items ci join carts c on c.id = ci.cart_id where c.user_id = ${account.id} and ci.product_id = ${product.id}`;
  expect(line?.quantity).toBe(3);
  await shopper.context.close();
  await staff.context.close();
});
