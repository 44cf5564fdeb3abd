import { parseEsewaAmount } from './amount';
import { EsewaResponseError } from './errors';
import { signaturesMatch, signingMessage, signMessage } from './signature';

// A signature over fewer fields could be lifted from one payment onto another (PAYMENTS.md 2.3).
const REQUIRED_SIGNED = ['transaction_uuid', 'total_amount', 'status', 'product_code'] as const;

export type VerifiedEsewaResponse = {
  transactionCode: string | null;
  status: string;
  transactionUuid: string;
  productCode: string;
  totalAmountPaisa: number;
  payload: Record<string, unknown>;
};

function decodeJson(data: string): { payload: Record<string, unknown>; text: string } {
  // An unencoded '+' in a query string arrives as a space.
  const compact = data.trim().replace(/ /g, '+').replace(/\s/g, '');
  // Base64 (standard or URL-safe, padding optional); anything else is not eSewa's.
  if (compact === '' || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) {
    throw new EsewaResponseError('malformed_base64');
  }
  const text = Buffer.from(compact, 'base64').toString('utf8');
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new EsewaResponseError('malformed_json');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new EsewaResponseError('malformed_json');
  return { payload: payload as Record<string, unknown>, text };
}

/**
 * The strings eSewa may have signed for total_amount: the raw text with thousands commas removed
 * (what real captures verify with), the raw text, and for a JSON number the literal as written,
 * String(n) and n.toFixed(1), since JSON.parse forgets "1000.0".
 */
function amountCandidates(value: unknown, jsonText: string): string[] {
  if (typeof value === 'string') return [...new Set([value.replaceAll(',', ''), value])];
  if (typeof value === 'number') {
    const literal = /"total_amount"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(jsonText)?.[1];
    return [...new Set([literal, String(value), value.toFixed(1)].filter((v): v is string => v !== undefined))];
  }
  return [];
}

/**
 * Decodes the `data` query parameter of eSewa's success redirect and verifies its HMAC over the
 * response's own signed_field_names. Throws EsewaResponseError; never returns unverified data.
 */
export function verifyEsewaResponse(data: string, options: { secretKey: string; productCode: string }): VerifiedEsewaResponse {
  const { payload, text } = decodeJson(data);
  const names = typeof payload.signed_field_names === 'string' ? payload.signed_field_names.split(',') : [];
  const signature = payload.signature;
  if (names.length === 0 || typeof signature !== 'string') throw new EsewaResponseError('missing_field', 'signed_field_names or signature');
  for (const required of REQUIRED_SIGNED) {
    if (!names.includes(required)) throw new EsewaResponseError('unsigned_required_field', required);
  }

  const values: Record<string, string> = {};
  for (const name of names) {
    const value = payload[name];
    if (typeof value !== 'string' && typeof value !== 'number') throw new EsewaResponseError('missing_field', name);
    values[name] = String(value);
  }
  const verified = amountCandidates(payload.total_amount, text).some((amount) =>
    signaturesMatch(signMessage(signingMessage(names, { ...values, total_amount: amount }), options.secretKey), signature),
  );
  if (!verified) throw new EsewaResponseError('bad_signature');

  if (values.product_code !== options.productCode) throw new EsewaResponseError('wrong_product_code', values.product_code);
  const totalAmountPaisa = parseEsewaAmount(payload.total_amount);
  if (totalAmountPaisa === null) throw new EsewaResponseError('bad_amount', values.total_amount);
  const code = payload.transaction_code;
  return {
    transactionCode: typeof code === 'string' && code !== '' ? code : null,
    status: values.status ?? '',
    transactionUuid: values.transaction_uuid ?? '',
    productCode: values.product_code ?? '',
    totalAmountPaisa,
    payload,
  };
}

/** Encodes a response the way eSewa does; used by the local sandbox and by tests. */
export function encodeEsewaResponse(fields: Record<string, string>, secretKey: string): string {
  const names = Object.keys(fields).concat('signed_field_names');
  const values: Record<string, string> = { ...fields, signed_field_names: names.join(',') };
  // eSewa signs the amount without its thousands commas (PAYMENTS.md 1.5).
  const signature = signMessage(signingMessage(names, { ...values, total_amount: (fields.total_amount ?? '').replaceAll(',', '') }), secretKey);
  return Buffer.from(JSON.stringify({ ...values, signature }), 'utf8').toString('base64');
}
