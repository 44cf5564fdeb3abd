import type { Browser, BrowserContext, BrowserContextOptions } from '@playwright/test';

/**
 * Playwright plays the one trusted proxy (scripts/e2e-server.ts), so the X-Forwarded-For it sends
 * is the client's address. Sign-in is rate-limited per address: each visitor gets an address of
 * its own, counted from a random start in 198.18.0.0/15 so that no two in a run are the same.
 */
let nextAddress = Math.floor(Math.random() * 100_000);

export function freshIp(): string {
  const n = nextAddress++;
  return `198.${18 + (Math.floor(n / 62_500) % 2)}.${(Math.floor(n / 250) % 250) + 1}.${(n % 250) + 1}`;
}

/** From now on the context's requests come from a new address. */
export async function asNewVisitor(context: BrowserContext): Promise<void> {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': freshIp() });
}

/** A browser of its own (cookies, address) for a second person in a test. */
export async function newVisitor(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': freshIp(), ...options.extraHTTPHeaders } });
  return { context, page: await context.newPage() };
}
