import { describe, expect, it } from 'vitest';
import {
  buildEsewaForm,
  encodeEsewaResponse,
  EsewaResponseError,
  formatEsewaAmount,
  isValidTransactionUuid,
  newTransactionUuid,
  parseEsewaAmount,
  signingMessage,
  signMessage,
  verifyEsewaResponse,
} from './index';

const KEY = '8gBm/:&EnhH.1/q';
const OPTIONS = { secretKey: KEY, productCode: 'EPAYTEST' };
// Real UAT capture (mukezhz/pay-np esewa_test.go): COMPLETE, "133.0", uuid 1234567890, ref 0006TY3.
const CAPTURE =
  'eyJ0cmFuc2FjdGlvbl9jb2RlIjoiMDAwNlRZMyIsInN0YXR1cyI6IkNPTVBMRVRFIiwidG90YWxfYW1vdW50IjoiMTMzLjAiLCJ0cmFuc2FjdGlvbl91dWlkIjoiMTIzNDU2Nzg5MCIsInByb2R1Y3RfY29kZSI6IkVQQVlURVNUIiwic2lnbmVkX2ZpZWxkX25hbWVzIjoidHJhbnNhY3Rpb25fY29kZSxzdGF0dXMsdG90YWxfYW1vdW50LHRyYW5zYWN0aW9uX3V1aWQscHJvZHVjdF9jb2RlLHNpZ25lZF9maWVsZF9uYW1lcyIsInNpZ25hdHVyZSI6Ik1GRWNNWi8zMFdWZXphblZaSEg0SDFuSVY4cEd3eXpaeGdndGt5ZTJWWHc9In0=';

const toBase64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64');
const decode = (data: string) => JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as Record<string, unknown>;

/** Signs a response with an explicit field list and amount text, as eSewa would. */
function signedResponse(fields: Record<string, string>, names: string[], signedAmount = fields.total_amount ?? '') {
  const values = { ...fields, signed_field_names: names.join(',') };
  const signature = signMessage(signingMessage(names, { ...values, total_amount: signedAmount }), KEY);
  return { ...values, signature };
}

const RESPONSE_NAMES = ['transaction_code', 'status', 'total_amount', 'transaction_uuid', 'product_code', 'signed_field_names'];
const BASE = { transaction_code: '000AXYZ', status: 'COMPLETE', total_amount: '2,700.0', transaction_uuid: 'MN-1001-ab12', product_code: 'EPAYTEST' };

function expectRejected(run: () => unknown, reason: string) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EsewaResponseError);
    expect((error as EsewaResponseError).reason).toBe(reason);
    return;
  }
  throw new Error(`expected rejection ${reason}`);
}

describe('eSewa request', () => {
  it('signs the published request vector', () => {
    const form = buildEsewaForm({ amountPaisa: 11_000, transactionUuid: '241028', productCode: 'EPAYTEST', secretKey: KEY, successUrl: 'https://m/s', failureUrl: 'https://m/f' });
    expect(form.signature).toBe('i94zsd3oXF6ZsSr/kGqT4sSzYQzjj1W/waxjWyRwaME=');
    expect(form.signed_field_names).toBe('total_amount,transaction_uuid,product_code');
  });

  it('posts all eleven fields with the signed amount string and parts that sum to the total', () => {
    const form = buildEsewaForm({ amountPaisa: 123_450, transactionUuid: 'MN-1-a', productCode: 'EPAYTEST', secretKey: KEY, successUrl: 'https://m/s', failureUrl: 'https://m/f' });
    expect(Object.keys(form)).toHaveLength(11);
    for (const value of Object.values(form)) expect(value).not.toBe('');
    expect(form.total_amount).toBe('1234.50');
    expect(form.amount).toBe(form.total_amount);
    expect(form.signature).toBe(signMessage('total_amount=1234.50,transaction_uuid=MN-1-a,product_code=EPAYTEST', KEY));
  });

  it('formats paisa once, without floats, and refuses non-positive or fractional paisa', () => {
    expect(formatEsewaAmount(11_000)).toBe('110');
    expect(formatEsewaAmount(1)).toBe('0.01');
    expect(formatEsewaAmount(1_000_005)).toBe('10000.05');
    expect(() => formatEsewaAmount(0)).toThrow();
    expect(() => formatEsewaAmount(10.5)).toThrow();
  });

  it('reads eSewa amounts back as paisa, commas and one decimal included', () => {
    expect(parseEsewaAmount('133.0')).toBe(13_300);
    expect(parseEsewaAmount('2,700.0')).toBe(270_000);
    expect(parseEsewaAmount(100.5)).toBe(10_050);
    expect(parseEsewaAmount('1.234')).toBeNull();
    expect(parseEsewaAmount('abc')).toBeNull();
  });

  it('makes a new uuid per attempt from the order number, letters digits and hyphens only', () => {
    const a = newTransactionUuid('MN-20261122-0042');
    const b = newTransactionUuid('MN-20261122-0042');
    expect(a).not.toBe(b);
    expect(a.startsWith('MN-20261122-0042-')).toBe(true);
    expect(isValidTransactionUuid(a)).toBe(true);
    expect(isValidTransactionUuid('MN_1.2')).toBe(false);
  });
});

describe('eSewa response verification', () => {
  it('verifies the real sandbox capture', () => {
    const result = verifyEsewaResponse(CAPTURE, OPTIONS);
    expect(result).toMatchObject({ transactionCode: '0006TY3', status: 'COMPLETE', transactionUuid: '1234567890', totalAmountPaisa: 13_300 });
  });

  it('verifies an amount with thousands commas, signed with the commas removed', () => {
    const data = toBase64(signedResponse(BASE, RESPONSE_NAMES, '2700.0'));
    expect(verifyEsewaResponse(data, OPTIONS).totalAmountPaisa).toBe(270_000);
  });

  it('verifies what the sandbox encoder produces', () => {
    expect(verifyEsewaResponse(encodeEsewaResponse(BASE, KEY), OPTIONS).transactionCode).toBe('000AXYZ');
  });

  it('verifies a JSON number amount by its literal text', () => {
    const signed = signedResponse({ ...BASE, total_amount: '1000.0' }, RESPONSE_NAMES);
    const json = JSON.stringify(signed).replace('"total_amount":"1000.0"', '"total_amount":1000.0');
    expect(verifyEsewaResponse(toBase64(json), OPTIONS).totalAmountPaisa).toBe(100_000);
  });

  it('accepts data whose unencoded plus signs arrived as spaces', () => {
    // ASCII JSON only encodes to '+' around '>' or '~'; shift one through the three byte offsets.
    let data = '';
    for (let i = 0; i < 3 && !data.includes('+'); i += 1) data = encodeEsewaResponse({ ...BASE, transaction_code: `${'0'.repeat(i)}~~~` }, KEY);
    expect(data).toContain('+');
    expect(verifyEsewaResponse(data.replaceAll('+', ' '), OPTIONS).status).toBe('COMPLETE');
  });

  it('rejects a response signed with another key', () => {
    expectRejected(() => verifyEsewaResponse(CAPTURE, { ...OPTIONS, secretKey: 'wrong' }), 'bad_signature');
  });

  it('rejects a response whose signed_field_names leaves out a required field', () => {
    for (const left of ['total_amount', 'transaction_uuid', 'status', 'product_code']) {
      const data = toBase64(signedResponse(BASE, RESPONSE_NAMES.filter((n) => n !== left), '2700.0'));
      expectRejected(() => verifyEsewaResponse(data, OPTIONS), 'unsigned_required_field');
    }
  });

  it('rejects a response whose amount was changed after signing', () => {
    const tampered = { ...decode(CAPTURE), total_amount: '13.0' };
    expectRejected(() => verifyEsewaResponse(toBase64(tampered), OPTIONS), 'bad_signature');
  });

  it('rejects a validly signed response for another product code', () => {
    const data = toBase64(signedResponse({ ...BASE, product_code: 'OTHERSHOP' }, RESPONSE_NAMES, '2700.0'));
    expectRejected(() => verifyEsewaResponse(data, OPTIONS), 'wrong_product_code');
  });

  it('rejects malformed base64', () => {
    expectRejected(() => verifyEsewaResponse('not base64 at all!!', OPTIONS), 'malformed_base64');
    expectRejected(() => verifyEsewaResponse('', OPTIONS), 'malformed_base64');
  });

  it('rejects malformed JSON', () => {
    expectRejected(() => verifyEsewaResponse(toBase64('{"status":"COMPLETE"'), OPTIONS), 'malformed_json');
    expectRejected(() => verifyEsewaResponse(toBase64('[1,2]'), OPTIONS), 'malformed_json');
  });

  it('rejects a response with a signed field absent from the payload', () => {
    const signed = signedResponse(BASE, RESPONSE_NAMES, '2700.0') as Record<string, unknown>;
    delete signed.transaction_code;
    expectRejected(() => verifyEsewaResponse(toBase64(signed), OPTIONS), 'missing_field');
  });
});
