import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildEsewaForm, fetchEsewaStatus, verifyEsewaResponse } from '@/lib/payments/esewa';
import { controlSandbox, formatCallbackAmount, startEsewaSandbox, type EsewaSandbox } from './index';

const KEY = '8gBm/:&EnhH.1/q';
const PRODUCT = 'EPAYTEST';
let sandbox: EsewaSandbox;
let counter = 0;

beforeAll(async () => {
  sandbox = await startEsewaSandbox({ productCode: PRODUCT, secretKey: KEY });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.ledger.reset());

function form(amountPaisa: number, overrides: Record<string, string> = {}) {
  const fields = buildEsewaForm({
    amountPaisa,
    transactionUuid: `MN-TEST-${++counter}-x`,
    productCode: PRODUCT,
    secretKey: KEY,
    successUrl: 'http://shop.test/api/payments/esewa/success',
    failureUrl: 'http://shop.test/api/payments/esewa/failure/abc',
  });
  return { ...fields, ...overrides };
}

const post = (url: string, fields: Record<string, string>) =>
  fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });

const status = (fields: { total_amount: string; transaction_uuid: string }, timeoutMs = 2_000) =>
  fetchEsewaStatus({ statusUrl: sandbox.statusUrl, productCode: PRODUCT, totalAmount: fields.total_amount, transactionUuid: fields.transaction_uuid, timeoutMs });

describe('local eSewa sandbox', () => {
  it('refuses to start in production', async () => {
    const environment = process.env as Record<string, string | undefined>;
    const previous = environment.NODE_ENV;
    environment.NODE_ENV = 'production';
    try {
      await expect(startEsewaSandbox({ productCode: PRODUCT, secretKey: KEY })).rejects.toThrow(/production/);
    } finally {
      environment.NODE_ENV = previous;
    }
  });

  it('shows the merchant, amount and pay/cancel buttons for a correctly signed form', async () => {
    const response = await post(sandbox.formUrl, form(123_450));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('MediNest (EPAYTEST)');
    expect(html).toContain('Rs. 1,234.50');
    expect(html).toMatch(/<button class="pay"[^>]*>Pay<\/button>/);
    expect(html).toMatch(/<button class="cancel"[^>]*>Cancel<\/button>/);
    expect(html).not.toMatch(/<script|https?:\/\/(?!shop\.test)/);
  });

  it('refuses a form with a bad signature, a missing field or parts that do not add up', async () => {
    expect((await post(sandbox.formUrl, form(10_000, { signature: 'AAAA' }))).status).toBe(400);
    expect((await post(sandbox.formUrl, form(10_000, { tax_amount: '' }))).status).toBe(400);
    expect((await post(sandbox.formUrl, form(10_000, { amount: '90' }))).status).toBe(400);
    expect((await post(sandbox.formUrl, form(10_000, { product_code: 'OTHER' }))).status).toBe(400);
  });

  it('returns the browser to success_url with six signed fields and a comma amount', async () => {
    const fields = form(270_000);
    await post(sandbox.formUrl, fields);
    const paid = await post(sandbox.origin + '/api/epay/main/v2/pay', { transaction_uuid: fields.transaction_uuid });
    expect(paid.status).toBe(302);
    const location = new URL(paid.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(fields.success_url);
    const data = location.searchParams.get('data')!;
    const decoded = JSON.parse(Buffer.from(data, 'base64').toString('utf8'));
    expect(decoded.total_amount).toBe('2,700.0');
    expect(decoded.signed_field_names).toBe('transaction_code,status,total_amount,transaction_uuid,product_code,signed_field_names');
    const verified = verifyEsewaResponse(data, { secretKey: KEY, productCode: PRODUCT });
    expect(verified).toMatchObject({ status: 'COMPLETE', transactionUuid: fields.transaction_uuid, totalAmountPaisa: 270_000 });
    expect(verified.transactionCode).toMatch(/^[0-9A-Z]{7}$/);

    const answer = await status(fields);
    expect(answer).toMatchObject({ kind: 'status', status: 'COMPLETE', refId: verified.transactionCode, totalAmountPaisa: 270_000 });
  });

  it('sends a cancelled payment to failure_url with nothing signed', async () => {
    const fields = form(5_000);
    await post(sandbox.formUrl, fields);
    const cancelled = await post(sandbox.origin + '/api/epay/main/v2/cancel', { transaction_uuid: fields.transaction_uuid });
    expect(cancelled.headers.get('location')).toBe(fields.failure_url);
    expect(await status(fields)).toMatchObject({ kind: 'status', status: 'CANCELED', refId: null });
  });

  it('answers PENDING for an open session and NOT_FOUND for an unknown uuid or a wrong amount', async () => {
    const fields = form(5_000);
    await post(sandbox.formUrl, fields);
    expect(await status(fields)).toMatchObject({ kind: 'status', status: 'PENDING' });
    expect(await status({ ...fields, total_amount: '49' })).toMatchObject({ kind: 'status', status: 'NOT_FOUND' });
    expect(await status({ ...fields, transaction_uuid: 'MN-never-seen' })).toMatchObject({ kind: 'status', status: 'NOT_FOUND' });
  });

  it('can be told to answer AMBIGUOUS, an outage, an HTTP error or slowly, over its control endpoint', async () => {
    const fields = form(5_000);
    await post(sandbox.formUrl, fields);
    await controlSandbox(sandbox.controlUrl, { action: 'override', transactionUuid: fields.transaction_uuid, answer: 'AMBIGUOUS' });
    expect(await status(fields)).toMatchObject({ kind: 'status', status: 'AMBIGUOUS' });
    // A per-uuid answer wins over the '*' one, so clear it first.
    await controlSandbox(sandbox.controlUrl, { action: 'override', transactionUuid: fields.transaction_uuid, answer: null });
    await controlSandbox(sandbox.controlUrl, { action: 'override', answer: 'outage' });
    expect(await status(fields)).toMatchObject({ kind: 'unknown', reason: 'service_unavailable' });
    await controlSandbox(sandbox.controlUrl, { action: 'override', answer: 'http_500' });
    expect(await status(fields)).toMatchObject({ kind: 'unknown', reason: 'http_500' });
    await controlSandbox(sandbox.controlUrl, { action: 'override', answer: null });
    await controlSandbox(sandbox.controlUrl, { action: 'delay', ms: 500 });
    expect(await status(fields, 150)).toMatchObject({ kind: 'unknown', reason: 'timeout' });
  });

  it('writes callback amounts as eSewa does', () => {
    expect(formatCallbackAmount(13_300)).toBe('133.0');
    expect(formatCallbackAmount(270_000)).toBe('2,700.0');
    expect(formatCallbackAmount(123_455)).toBe('1,234.55');
    expect(formatCallbackAmount(99_950)).toBe('999.5');
  });
});
