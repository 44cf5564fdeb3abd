import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initiateKhaltiPayment, lookupKhaltiPayment } from '@/lib/payments/khalti';
import { controlKhaltiSandbox, startKhaltiSandbox, type KhaltiSandbox } from './index';

const KEY = 'live_secret_key_sandbox_test';
let sandbox: KhaltiSandbox;
let counter = 0;
beforeAll(async () => {
  sandbox = await startKhaltiSandbox({ secretKey: KEY });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.ledger.reset());

const credentials = (secretKey = KEY) => ({ baseUrl: sandbox.baseUrl, secretKey, timeoutMs: 2_000 });
async function open(amountPaisa = 12_345) {
  const result = await initiateKhaltiPayment(credentials(), {
    returnUrl: 'http://shop.test/api/payments/khalti/return/MN-1-a',
    websiteUrl: 'http://shop.test/',
    amountPaisa,
    purchaseOrderId: `MN-1-${++counter}`,
    purchaseOrderName: 'Order MN-1',
  });
  if (!result.ok) throw new Error(result.reason);
  return result;
}
const form = (pidx: string) => new URLSearchParams({ pidx });

describe('local Khalti sandbox', () => {
  it('refuses to start in production', async () => {
    const environment = process.env as Record<string, string | undefined>;
    const previous = environment.NODE_ENV;
    environment.NODE_ENV = 'production';
    try {
      await expect(startKhaltiSandbox({ secretKey: KEY })).rejects.toThrow(/production/);
    } finally {
      environment.NODE_ENV = previous;
    }
  });

  it('answers 401 without the "Key" prefix or with another key, and validates initiate as Khalti does', async () => {
    const bare = await fetch(`${sandbox.baseUrl}epayment/initiate/`, { method: 'POST', headers: { authorization: KEY }, body: '{}' });
    expect(bare.status).toBe(401);
    expect((await bare.json()).detail).toBe('Authentication credentials were not provided.');
    expect(await initiateKhaltiPayment(credentials('other'), { returnUrl: 'http://a/', websiteUrl: 'http://a/', amountPaisa: 5000, purchaseOrderId: 'x', purchaseOrderName: 'y' })).toMatchObject({ ok: false, reason: 'http_401' });
    const invalid = await fetch(`${sandbox.baseUrl}epayment/initiate/`, {
      method: 'POST',
      headers: { authorization: `Key ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ return_url: 'not a url', website_url: 'http://a/', amount: 999, purchase_order_id: '', purchase_order_name: 'y' }),
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error_key: 'validation_error', return_url: expect.any(Array), amount: expect.any(Array), purchase_order_id: expect.any(Array) });
  });

  it('opens a 30-minute session, shows its pay page and returns the browser with Khalti’s parameters', async () => {
    const session = await open();
    expect(session.expiresAt!.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(await lookupKhaltiPayment(credentials(), session.pidx)).toMatchObject({ kind: 'status', status: 'Initiated', totalAmountPaisa: 12_345 });
    const page = await fetch(session.paymentUrl);
    const html = await page.text();
    expect(html).toContain('Rs. 123.45');
    expect(html).not.toMatch(/<script|https?:\/\//);
    const paid = await fetch(new URL('/pay/confirm', session.paymentUrl), { method: 'POST', body: form(session.pidx), redirect: 'manual' });
    const back = new URL(paid.headers.get('location')!);
    expect(back.pathname).toBe('/api/payments/khalti/return/MN-1-a');
    expect(Object.fromEntries(back.searchParams)).toMatchObject({ pidx: session.pidx, status: 'Completed', amount: '12345', total_amount: '12345', purchase_order_name: 'Order MN-1' });
    const lookup = await lookupKhaltiPayment(credentials(), session.pidx);
    expect(lookup).toMatchObject({ kind: 'status', status: 'Completed', transactionId: back.searchParams.get('transaction_id') });
    // A used link cannot be paid twice.
    expect((await fetch(new URL('/pay/confirm', session.paymentUrl), { method: 'POST', body: form(session.pidx), redirect: 'manual' })).status).toBe(409);
  });

  it('answers Expired and User canceled with HTTP 400 and a status, and can be told Pending, an outage or slowness', async () => {
    const session = await open();
    await controlKhaltiSandbox(sandbox.controlUrl, { action: 'expire', pidx: session.pidx });
    const raw = await fetch(`${sandbox.baseUrl}epayment/lookup/`, { method: 'POST', headers: { authorization: `Key ${KEY}` }, body: JSON.stringify({ pidx: session.pidx }) });
    expect(raw.status).toBe(400);
    expect((await raw.json()).status).toBe('Expired');

    const other = await open();
    await fetch(new URL('/pay/cancel', other.paymentUrl), { method: 'POST', body: form(other.pidx), redirect: 'manual' });
    expect(await lookupKhaltiPayment(credentials(), other.pidx)).toMatchObject({ kind: 'status', status: 'User canceled' });

    await controlKhaltiSandbox(sandbox.controlUrl, { action: 'override', pidx: other.pidx, answer: 'Pending' });
    expect(await lookupKhaltiPayment(credentials(), other.pidx)).toMatchObject({ kind: 'status', status: 'Pending' });
    await controlKhaltiSandbox(sandbox.controlUrl, { action: 'override', pidx: other.pidx, answer: null });
    await controlKhaltiSandbox(sandbox.controlUrl, { action: 'override', answer: 'outage' });
    expect(await lookupKhaltiPayment(credentials(), other.pidx)).toMatchObject({ kind: 'unknown', reason: 'http_503' });
    await controlKhaltiSandbox(sandbox.controlUrl, { action: 'override', answer: null });
    await controlKhaltiSandbox(sandbox.controlUrl, { action: 'delay', ms: 500 });
    expect(await lookupKhaltiPayment({ ...credentials(), timeoutMs: 150 }, other.pidx)).toMatchObject({ kind: 'unknown', reason: 'timeout' });
    expect(await lookupKhaltiPayment(credentials(), 'UnknownPidx')).toMatchObject({ kind: 'unknown', reason: 'http_404' });
  });
});
