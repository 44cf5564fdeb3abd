import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '@/lib/auth/password';
import { E2E_STATE_FILE } from './support/e2e-config';

/**
 * Who the client is, against the built app. The e2e server trusts one proxy hop (Playwright plays
 * nginx): the rightmost X-Forwarded-For entry is what "the proxy" saw, and everything to its left
 * is what an attacker typed, which must never count.
 */
const state = (): { databaseUrl: string } => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { databaseUrl: string };
const octet = () => 1 + Math.floor(Math.random() * 250);
const freshIp = () => `192.0.${octet()}.${octet()}`;
const SITA = { email: 'sita@example.com', password: 'Sita-Shops-Dev-2913' };

async function withSql<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(state().databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const alert = (page: Page) => page.getByRole('main').getByRole('alert');

test('rotating forged X-Forwarded-For entries does not get past the per-IP lock, and the audit log names the real address', async ({ page, context }) => {
  const realIp = freshIp();
  const forged: string[] = [];
  for (let i = 0; i < 5; i++) {
    forged.push(freshIp());
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': `${forged.at(-1)}, ${realIp}` });
    await signIn(page, `spray-${randomUUID().slice(0, 8)}@example.com`, 'Password-spray-123');
    await expect(alert(page)).toHaveText('Email or password is incorrect.');
  }
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': `${freshIp()}, ${realIp}` });
  await signIn(page, SITA.email, SITA.password);
  await expect(alert(page)).toHaveText('Too many attempts. Try again in 15 minutes.');

  const rows = await withSql((sql) => sql<{ ip: string }[]>`select ip from audit_log where action = 'auth.sign_in_failed' and ip = any(${[realIp, ...forged]})`);
  expect(rows.map((r) => r.ip)).toEqual(Array(5).fill(realIp));
});

test('a wrong-password flood against a staff account slows it down, the owner still signs in, and the flooding address stays locked', async ({ browser }) => {
  const email = `pharmacist-${randomUUID().slice(0, 8)}@medinest.test`;
  const password = `Back-office-${randomUUID().slice(0, 8)}`;
  const passwordHash = await hashPassword(password);
  await withSql((sql) => sql`insert into users (email, name, phone, password_hash, role) values (${email}, 'Flooded Pharmacist', '9801234567', ${passwordHash}, 'pharmacist')`);

  const attacker = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshIp() } });
  const attackerPage = await attacker.newPage();
  for (let i = 0; i < 5; i++) {
    await signIn(attackerPage, email, `Wrong-guess-${i}-xyz`);
    await expect(alert(attackerPage)).toHaveText('Email or password is incorrect.');
  }
  // Even the right password is refused from the flooding address.
  await signIn(attackerPage, email, password);
  await expect(alert(attackerPage)).toHaveText('Too many attempts. Try again in 15 minutes.');

  const owner = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshIp() } });
  const ownerPage = await owner.newPage();
  for (let attempt = 0; attempt < 3; attempt++) {
    await signIn(ownerPage, email, password);
    await ownerPage.waitForURL((url) => url.pathname !== '/login', { timeout: 5_000 }).catch(() => {});
    if (new URL(ownerPage.url()).pathname !== '/login') break;
    // Inside the account's short delay: the owner is told how long, and waits.
    const wait = /Try again in (\d+) seconds?\./.exec((await alert(ownerPage).textContent()) ?? '');
    expect(wait, 'a short delay, never a lock').not.toBeNull();
    await ownerPage.waitForTimeout(Number(wait![1]) * 1000 + 200);
  }
  // A new pharmacist is sent to enrol two-factor: the password step passed.
  await expect(ownerPage).toHaveURL(/\/account\/two-factor$/);
  await attacker.close();
  await owner.close();
});
