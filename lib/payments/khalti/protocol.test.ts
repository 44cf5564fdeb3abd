import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiateKhaltiPayment, lookupKhaltiPayment, parseKhaltiPaisa, parseKhaltiReturn } from './index';

// A raw HTTP server that answers exactly what a test sets: the client's handling of Khalti's
// real shapes (400 for Expired, 401 without "Key ", outage pages) is what is under test here.
let answer: { status: number; body: string } = { status: 200, body: '{}' };
let seen: { url: string; authorization: string | undefined; body: string }[] = [];
let baseUrl = '';
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    seen.push({ url: request.url ?? '', authorization: request.headers.authorization, body });
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(answer.body);
  });
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const credentials = () => ({ baseUrl, secretKey: 'live_secret_key_test', timeoutMs: 1_000 });
const reply = (status: number, body: unknown) => {
  answer = { status, body: typeof body === 'string' ? body : JSON.stringify(body) };
  seen = [];
};

describe('Khalti initiate', () => {
  const request = { returnUrl: 'https://shop.test/r/MN-1-a', websiteUrl: 'https://shop.test', amountPaisa: 123_450, purchaseOrderId: 'MN-1-a', purchaseOrderName: 'Order MN-1' };

  it('posts the amount in paisa with our purchase order id and the "Key" authorization', async () => {
    reply(200, { pidx: 'bZQLD9wRVWo4CdESSfuSsB', payment_url: 'https://test-pay.khalti.com/?pidx=bZQLD9wRVWo4CdESSfuSsB', expires_at: '2026-12-02T10:30:00+05:45', expires_in: 1800 });
    const result = await initiateKhaltiPayment(credentials(), request);
    expect(result).toMatchObject({ ok: true, pidx: 'bZQLD9wRVWo4CdESSfuSsB', paymentUrl: 'https://test-pay.khalti.com/?pidx=bZQLD9wRVWo4CdESSfuSsB' });
    expect(result.ok && result.expiresAt?.toISOString()).toBe('2026-12-02T04:45:00.000Z');
    expect(seen[0]!.url).toBe('/api/v2/epayment/initiate/');
    expect(seen[0]!.authorization).toBe('Key live_secret_key_test');
    expect(JSON.parse(seen[0]!.body)).toEqual({ return_url: request.returnUrl, website_url: request.websiteUrl, amount: 123_450, purchase_order_id: 'MN-1-a', purchase_order_name: 'Order MN-1' });
  });

  it('refuses less than Rs 10 or fractional paisa without calling Khalti', async () => {
    reply(200, {});
    expect(await initiateKhaltiPayment(credentials(), { ...request, amountPaisa: 999 })).toMatchObject({ ok: false, reason: 'amount_below_minimum' });
    expect(await initiateKhaltiPayment(credentials(), { ...request, amountPaisa: 1000.5 })).toMatchObject({ ok: false });
    expect(seen).toHaveLength(0);
  });

  it('reports validation errors, bad keys and garbage as a failed start', async () => {
    reply(400, { amount: ['Amount should be greater than Rs. 10, that is 1000 paisa.'], error_key: 'validation_error' });
    expect(await initiateKhaltiPayment(credentials(), request)).toMatchObject({ ok: false, reason: 'http_400' });
    reply(401, { detail: 'Invalid token.', status_code: 401 });
    expect(await initiateKhaltiPayment(credentials(), request)).toMatchObject({ ok: false, reason: 'http_401' });
    reply(200, { pidx: 'x', payment_url: 'javascript:alert(1)' });
    expect(await initiateKhaltiPayment(credentials(), request)).toMatchObject({ ok: false, reason: 'malformed' });
    reply(200, 'not json');
    expect(await initiateKhaltiPayment(credentials(), request)).toMatchObject({ ok: false, reason: 'malformed' });
  });
});

describe('Khalti lookup', () => {
  const completed = { pidx: 'HT6o6PEZRWFJ5ygavzHWd5', total_amount: 1000, status: 'Completed', transaction_id: 'GFq9PFS7b2iYvL8Lir9oXe', fee: 0, refunded: false };

  it('reads Completed with the amount in paisa and the transaction id', async () => {
    reply(200, completed);
    expect(await lookupKhaltiPayment(credentials(), completed.pidx)).toMatchObject({ kind: 'status', status: 'Completed', totalAmountPaisa: 1000, transactionId: 'GFq9PFS7b2iYvL8Lir9oXe', refunded: false });
    expect(JSON.parse(seen[0]!.body)).toEqual({ pidx: completed.pidx });
    expect(seen[0]!.url).toBe('/api/v2/epayment/lookup/');
  });

  it('treats the HTTP 400 answers for Expired and User canceled as results', async () => {
    for (const status of ['Expired', 'User canceled'] as const) {
      reply(400, { ...completed, status, transaction_id: null });
      expect(await lookupKhaltiPayment(credentials(), completed.pidx)).toMatchObject({ kind: 'status', status, transactionId: null });
    }
  });

  it('reads every documented status, spelled as Khalti spells it', async () => {
    for (const status of ['Pending', 'Initiated', 'Refunded', 'Partially refunded']) {
      reply(200, { ...completed, status });
      expect(await lookupKhaltiPayment(credentials(), completed.pidx)).toMatchObject({ kind: 'status', status });
    }
    reply(200, { ...completed, status: 'UserCanceled' });
    expect(await lookupKhaltiPayment(credentials(), completed.pidx)).toMatchObject({ kind: 'unknown', reason: 'no_status' });
  });

  it('calls an answer about another pidx, an outage, a 401 or a 404 unknown, never a status', async () => {
    reply(200, { ...completed, pidx: 'someone-else' });
    expect(await lookupKhaltiPayment(credentials(), completed.pidx)).toMatchObject({ kind: 'unknown', reason: 'pidx_mismatch' });
    reply(503, '<h1>Service Unavailable</h1>');
    expect(await lookupKhaltiPayment(credentials(), completed.pidx)).toMatchObject({ kind: 'unknown', reason: 'http_503' });
    reply(401, { detail: 'Invalid token.' });
    expect(await lookupKhaltiPayment(credentials(), completed.pidx)).toMatchObject({ kind: 'unknown', reason: 'http_401' });
    reply(404, { detail: 'Not found.', error_key: 'validation_error' });
    expect(await lookupKhaltiPayment(credentials(), completed.pidx)).toMatchObject({ kind: 'unknown', reason: 'http_404' });
  });

  it('gives up after the timeout', async () => {
    const slow = createServer(() => {});
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const result = await lookupKhaltiPayment({ ...credentials(), baseUrl: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/api/v2/`, timeoutMs: 150 }, 'p');
      expect(result).toMatchObject({ kind: 'unknown', reason: 'timeout' });
    } finally {
      slow.closeAllConnections();
      slow.close();
    }
  });
});

describe('Khalti return query', () => {
  it('reads the documented parameters as hints', () => {
    const query = new URLSearchParams('pidx=bZQLD9wRVWo4CdESSfuSsB&transaction_id=GFq9&tidx=GFq9&amount=1000&total_amount=1000&mobile=98XXXXX904&status=Completed&purchase_order_id=MN-1-a&purchase_order_name=test');
    expect(parseKhaltiReturn(query)).toEqual({ pidx: 'bZQLD9wRVWo4CdESSfuSsB', status: 'Completed', amountPaisa: 1000, purchaseOrderId: 'MN-1-a', transactionId: 'GFq9' });
    expect(parseKhaltiReturn(new URLSearchParams('pidx=abc&status=User%20canceled'))?.status).toBe('User canceled');
  });

  it('refuses a missing, doubled or odd pidx and an amount that is not paisa', () => {
    expect(parseKhaltiReturn(new URLSearchParams('status=Completed'))).toBeNull();
    expect(parseKhaltiReturn(new URLSearchParams('pidx=a&pidx=b'))).toBeNull();
    expect(parseKhaltiReturn(new URLSearchParams('pidx=<script>'))).toBeNull();
    expect(parseKhaltiReturn(new URLSearchParams('pidx=abc&amount=10.5'))).toBeNull();
    expect(parseKhaltiPaisa('1000')).toBe(1000);
    expect(parseKhaltiPaisa(-1)).toBeNull();
  });
});
