import { parseEsewaAmount } from './amount';

export const ESEWA_STATUSES = ['COMPLETE', 'PENDING', 'FULL_REFUND', 'PARTIAL_REFUND', 'AMBIGUOUS', 'NOT_FOUND', 'CANCELED'] as const;
export type EsewaStatus = (typeof ESEWA_STATUSES)[number];

export type EsewaStatusResult =
  | { kind: 'status'; status: EsewaStatus; refId: string | null; totalAmountPaisa: number | null; raw: unknown }
  // eSewa could not tell us (outage body, HTTP error, timeout, garbage): ask again later.
  | { kind: 'unknown'; reason: string; raw: unknown };

export type EsewaStatusQuery = {
  statusUrl: string;
  productCode: string;
  /** The amount string we stored and signed, never one taken from the browser. */
  totalAmount: string;
  transactionUuid: string;
  timeoutMs: number;
};

function isEsewaStatus(value: unknown): value is EsewaStatus {
  return typeof value === 'string' && (ESEWA_STATUSES as readonly string[]).includes(value);
}

/** Asks eSewa's status API about one attempt. Never throws: every failure is `unknown`. */
export async function fetchEsewaStatus(query: EsewaStatusQuery): Promise<EsewaStatusResult> {
  const url = new URL(query.statusUrl);
  url.searchParams.set('product_code', query.productCode);
  url.searchParams.set('total_amount', query.totalAmount);
  url.searchParams.set('transaction_uuid', query.transactionUuid);

  let body: unknown;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(query.timeoutMs), headers: { accept: 'application/json' }, cache: 'no-store' });
    const text = await response.text();
    if (!response.ok) return { kind: 'unknown', reason: `http_${response.status}`, raw: text.slice(0, 500) };
    body = JSON.parse(text);
  } catch (error) {
    const name = error instanceof Error ? error.name : 'error';
    return { kind: 'unknown', reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable_or_not_json', raw: null };
  }

  if (typeof body !== 'object' || body === null) return { kind: 'unknown', reason: 'not_an_object', raw: body };
  const record = body as Record<string, unknown>;
  if (!isEsewaStatus(record.status)) {
    // The outage answer is HTTP 200 with {code: 0, error_message} and no status (PAYMENTS.md 1.6).
    return { kind: 'unknown', reason: typeof record.error_message === 'string' ? 'service_unavailable' : 'no_status', raw: body };
  }
  const uuid = record.transaction_uuid;
  if (uuid !== undefined && uuid !== query.transactionUuid) return { kind: 'unknown', reason: 'uuid_mismatch', raw: body };
  const refId = record.ref_id ?? record.refId;
  return {
    kind: 'status',
    status: record.status,
    refId: typeof refId === 'string' && refId !== '' ? refId : null,
    totalAmountPaisa: parseEsewaAmount(record.total_amount ?? record.totalAmount),
    raw: body,
  };
}
