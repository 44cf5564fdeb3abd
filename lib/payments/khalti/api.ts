import { isKhaltiStatus, isPayableKhaltiAmount, parseKhaltiPaisa, type KhaltiStatus } from './statuses';

export type KhaltiCredentials = {
  /** e.g. https://dev.khalti.com/api/v2/ (sandbox) or https://khalti.com/api/v2/ */
  baseUrl: string;
  secretKey: string;
  timeoutMs: number;
};

export type KhaltiInitiateRequest = {
  returnUrl: string;
  websiteUrl: string;
  amountPaisa: number;
  purchaseOrderId: string;
  purchaseOrderName: string;
  customerInfo?: { name?: string; email?: string; phone?: string };
};

export type KhaltiInitiateResult =
  | { ok: true; pidx: string; paymentUrl: string; expiresAt: Date | null; raw: unknown }
  // Khalti refused (validation, auth) or could not be reached: no session was opened that we know of.
  | { ok: false; reason: string; raw: unknown };

export type KhaltiLookupResult =
  | { kind: 'status'; status: KhaltiStatus; pidx: string; totalAmountPaisa: number | null; transactionId: string | null; refunded: boolean; raw: unknown }
  // Khalti could not tell us (outage, timeout, auth, garbage): ask again later.
  | { kind: 'unknown'; reason: string; raw: unknown };

function endpoint(baseUrl: string, path: string): string {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
}

type Answer = { status: number; body: unknown } | { failure: string };

/** POSTs JSON with `Authorization: Key <secret>` (without "Key " Khalti answers 401). Never throws. */
async function post(credentials: KhaltiCredentials, path: string, body: unknown): Promise<Answer> {
  try {
    const response = await fetch(endpoint(credentials.baseUrl, path), {
      method: 'POST',
      headers: { authorization: `Key ${credentials.secretKey}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(credentials.timeoutMs),
      cache: 'no-store',
    });
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) };
    } catch {
      return { status: response.status, body: text.slice(0, 500) };
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : 'error';
    return { failure: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable' };
  }
}

const asRecord = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

/** Opens a payment session: amount in paisa, our purchase order id, where to come back. */
export async function initiateKhaltiPayment(credentials: KhaltiCredentials, request: KhaltiInitiateRequest): Promise<KhaltiInitiateResult> {
  if (!isPayableKhaltiAmount(request.amountPaisa)) return { ok: false, reason: 'amount_below_minimum', raw: null };
  const answer = await post(credentials, 'epayment/initiate/', {
    return_url: request.returnUrl,
    website_url: request.websiteUrl,
    amount: request.amountPaisa,
    purchase_order_id: request.purchaseOrderId,
    purchase_order_name: request.purchaseOrderName,
    ...(request.customerInfo ? { customer_info: request.customerInfo } : {}),
  });
  if ('failure' in answer) return { ok: false, reason: answer.failure, raw: null };
  const body = asRecord(answer.body);
  if (answer.status !== 200) return { ok: false, reason: `http_${answer.status}`, raw: answer.body };
  if (!body) return { ok: false, reason: 'malformed', raw: answer.body };
  const { pidx, payment_url: paymentUrl, expires_at: expiresAt } = body;
  if (typeof pidx !== 'string' || pidx === '' || typeof paymentUrl !== 'string') return { ok: false, reason: 'malformed', raw: body };
  let url: URL;
  try {
    url = new URL(paymentUrl);
  } catch {
    return { ok: false, reason: 'malformed', raw: body };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'malformed', raw: body };
  const expires = typeof expiresAt === 'string' ? new Date(expiresAt) : null;
  return { ok: true, pidx, paymentUrl: url.toString(), expiresAt: expires && !Number.isNaN(expires.getTime()) ? expires : null, raw: body };
}

/**
 * Asks Khalti what happened to a session, by the pidx we stored. Expired and User canceled come
 * back as HTTP 400 with a status: results, not errors. An answer about another pidx is unknown.
 */
export async function lookupKhaltiPayment(credentials: KhaltiCredentials, pidx: string): Promise<KhaltiLookupResult> {
  const answer = await post(credentials, 'epayment/lookup/', { pidx });
  if ('failure' in answer) return { kind: 'unknown', reason: answer.failure, raw: null };
  const body = asRecord(answer.body);
  const statusful = answer.status === 200 || (answer.status >= 400 && answer.status < 500 && body !== null && isKhaltiStatus(body.status));
  if (!statusful || !body) return { kind: 'unknown', reason: `http_${answer.status}`, raw: answer.body };
  if (!isKhaltiStatus(body.status)) return { kind: 'unknown', reason: 'no_status', raw: body };
  // A 400 body may leave pidx out; any pidx it does name must be ours.
  if (body.pidx !== undefined && body.pidx !== pidx) return { kind: 'unknown', reason: 'pidx_mismatch', raw: body };
  if (body.pidx === undefined && answer.status === 200) return { kind: 'unknown', reason: 'pidx_missing', raw: body };
  const transactionId = body.transaction_id;
  return {
    kind: 'status',
    status: body.status,
    pidx,
    totalAmountPaisa: parseKhaltiPaisa(body.total_amount),
    transactionId: typeof transactionId === 'string' && transactionId !== '' ? transactionId : null,
    refunded: body.refunded === true,
    raw: body,
  };
}
