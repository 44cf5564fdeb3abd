import { isKhaltiStatus, parseKhaltiPaisa, type KhaltiStatus } from './statuses';

/**
 * What Khalti appends to return_url. None of it is signed (PAYMENTS.md 4): it only names the
 * session (pidx) and hints at the outcome; the lookup API decides.
 */
export type KhaltiReturnQuery = {
  pidx: string;
  status: KhaltiStatus | null;
  amountPaisa: number | null;
  purchaseOrderId: string | null;
  transactionId: string | null;
};

const PIDX = /^[A-Za-z0-9_-]{1,64}$/;

/** Null when the query names no well-formed pidx, or carries an amount that is not paisa. */
export function parseKhaltiReturn(query: URLSearchParams): KhaltiReturnQuery | null {
  const pidx = query.get('pidx') ?? '';
  if (!PIDX.test(pidx) || query.getAll('pidx').length !== 1) return null;
  const rawAmount = query.get('total_amount') ?? query.get('amount');
  const amountPaisa = rawAmount === null ? null : parseKhaltiPaisa(rawAmount);
  if (rawAmount !== null && amountPaisa === null) return null;
  const status = query.get('status');
  return {
    pidx,
    status: isKhaltiStatus(status) ? status : null,
    amountPaisa,
    purchaseOrderId: query.get('purchase_order_id'),
    transactionId: query.get('transaction_id') ?? query.get('tidx'),
  };
}

export function isValidPidx(value: string): boolean {
  return PIDX.test(value);
}
