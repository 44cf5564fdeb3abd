import { describe, expect, it } from 'vitest';
import { khaltiPaymentOrigin } from './config';

describe('khaltiPaymentOrigin', () => {
  it("names Khalti's payment page for its production and sandbox APIs, and the local sandbox's own origin", () => {
    expect(khaltiPaymentOrigin('https://khalti.com/api/v2/')).toBe('https://pay.khalti.com');
    expect(khaltiPaymentOrigin('https://dev.khalti.com/api/v2/')).toBe('https://test-pay.khalti.com');
    expect(khaltiPaymentOrigin('https://a.khalti.com/api/v2/')).toBe('https://test-pay.khalti.com');
    expect(khaltiPaymentOrigin('http://127.0.0.1:3091/api/v2/')).toBe('http://127.0.0.1:3091');
  });
});
