import { expect, test, type Browser, type Page } from '@playwright/test';
import { createStaff } from '@/test-support/factories/users';
import { enrolTwoFactor, formAlert, openEnrolmentLink, signIn, signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { newVisitor } from './support/visitors';

/**
 * Issue 12, finding 9: a new staff member's first two-factor enrolment needs a one-time link an
 * admin issues from /admin/users, not only the password. The link works once, for its own user.
 */
test.describe.configure({ mode: 'serial' });

const database = connectE2eDatabase();

async function visitor(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  return (await newVisitor(browser, viewport ? { viewport } : {})).page;
}

/** Enrols on the page the link opened, and continues to /admin. */
async function enrolHere(page: Page) {
  await enrolTwoFactor(page);
  await page.getByRole('link', { name: /continue/ }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

const userRow = (page: Page, email: string) => page.locator(`[data-testid="user-row"][data-email="${email}"]`);

test('an admin issues a one-time enrolment link; without it a new pharmacist cannot enrol, with it once', async ({ browser }) => {
  test.setTimeout(180_000);
  // The admin enrolled with a link of their own (as an operator's first link gives them).
  const admin = await visitor(browser, { width: 375, height: 900 });
  await signInNewStaff(admin, await createStaff('admin', { twoFactor: false }));

  // The new pharmacist signs in with the password: enrolment is refused, no secret is shown.
  const pharmacistAccount = await createStaff('pharmacist', { twoFactor: false });
  const pharmacist = await visitor(browser);
  await signIn(pharmacist, pharmacistAccount, { next: '/admin' });
  await expect(pharmacist).toHaveURL(/\/account\/two-factor$/);
  await expect(pharmacist.getByTestId('enrolment-link-needed')).toBeVisible();
  await expect(pharmacist.getByTestId('totp-secret')).toHaveCount(0);
  expect((await pharmacist.request.get('/admin', { maxRedirects: 0 })).status()).toBe(307);

  // The admin issues the link from the users page, after confirming.
  await admin.goto(`/admin/users?q=${encodeURIComponent(pharmacistAccount.email)}`);
  const row = userRow(admin, pharmacistAccount.email);
  await expect(row.getByRole('button', { name: 'Issue enrolment link' })).toBeVisible();
  await admin.screenshot({ path: `${ARTIFACTS_DIR}/staff-enrolment-users-375.png`, fullPage: true });
  await row.getByRole('button', { name: 'Issue enrolment link' }).click();
  const dialog = admin.getByRole('dialog');
  await expect(dialog).toContainText(`Issue an enrolment link to ${pharmacistAccount.email}?`);
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect(dialog).toHaveCount(0);
  const linksBefore = await database.sql`select count(*)::int as n from staff_enrolment_links where user_id = (select id from users where email = ${pharmacistAccount.email})`;
  expect(linksBefore[0]!.n).toBe(0);
  await row.getByRole('button', { name: 'Issue enrolment link' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Issue link' }).click();
  const shown = row.getByTestId('enrolment-link');
  await expect(shown).toContainText(`Enrolment link emailed to ${pharmacistAccount.email}.`);
  const link = await shown.getByRole('textbox').inputValue();
  expect(link).toMatch(/\/staff-enrolment\?token=[A-Za-z0-9_-]{40,}$/);
  await admin.screenshot({ path: `${ARTIFACTS_DIR}/staff-enrolment-link-shown-375.png`, fullPage: true });
  // Emailed through the outbox, audited, and stored only as a hash.
  const token = new URL(link).searchParams.get('token')!;
  const [mail] = await database.sql`select template, payload from notifications where to_email = ${pharmacistAccount.email} and template = 'staff-enrolment-link'`;
  expect(mail).toBeTruthy();
  const [audit] = await database.sql`select a.action from audit_log a join users u on u.id::text = a.entity_id where u.email = ${pharmacistAccount.email} and a.action = 'auth.enrolment_link_issued'`;
  expect(audit).toBeTruthy();
  const stored = await database.sql`select token_hash from staff_enrolment_links where user_id = (select id from users where email = ${pharmacistAccount.email})`;
  expect(stored).toHaveLength(1);
  expect(stored[0]!.token_hash).not.toBe(token);
  // Reloading the page does not show the link again.
  await admin.reload();
  await expect(userRow(admin, pharmacistAccount.email).getByTestId('enrolment-link')).toHaveCount(0);

  // With the link, the signed-in pharmacist enrols once; the token leaves the address bar at once.
  await pharmacist.goto(new URL(link).pathname + new URL(link).search);
  await expect(pharmacist).toHaveURL(/\/account\/two-factor$/);
  await enrolHere(pharmacist);

  // The link is spent: after an admin resets two-factor, the same link does not enrol again.
  await admin.goto(`/admin/users?q=${encodeURIComponent(pharmacistAccount.email)}`);
  await userRow(admin, pharmacistAccount.email).getByRole('button', { name: 'Reset two-factor' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Reset two-factor' }).click();
  await expect(userRow(admin, pharmacistAccount.email)).toContainText('Not set up');
  const again = await visitor(browser);
  await again.goto(new URL(link).pathname + new URL(link).search);
  await expect(again).toHaveURL(/\/login\?next=%2Faccount%2Ftwo-factor$/);
  await signIn(again, pharmacistAccount, { next: '/account/two-factor' });
  await expect(again).toHaveURL(/\/account\/two-factor$/);
  await expect(formAlert(again)).toContainText('This enrolment link cannot be used');
  await expect(again.getByTestId('totp-secret')).toHaveCount(0);
  await again.screenshot({ path: `${ARTIFACTS_DIR}/staff-enrolment-link-refused.png`, fullPage: true });
});

test("a link issued to one staff member does not enrol another who opens it", async ({ browser }) => {
  const intended = await createStaff('pharmacist', { twoFactor: false });
  const other = await createStaff('pharmacist', { twoFactor: false });
  const page = await visitor(browser);
  await openEnrolmentLink(page, intended);
  await signIn(page, other, { next: '/admin' });
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(formAlert(page)).toContainText('This enrolment link cannot be used');
  await expect(page.getByTestId('totp-secret')).toHaveCount(0);
});
