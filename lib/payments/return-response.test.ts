import { describe, expect, it } from 'vitest';
import { InvalidCallbackError, PaymentAttemptNotFoundError } from './errors';
import { returnErrorResponse } from './return-response';

const answer = async (error: unknown, locale: 'en' | 'ne') => {
  const response = returnErrorResponse(error, 'req-test', locale);
  return { status: response.status, language: response.headers.get('content-language'), text: await response.text() };
};

describe('the page a payment return shows when it cannot go on', () => {
  it('says why in the shopper’s language, with the status code, and English stays as it was', async () => {
    expect(await answer(new InvalidCallbackError('bad signature'), 'ne')).toEqual({ status: 400, language: 'ne', text: 'हामीले यो भुक्तानीको जवाफ पुष्टि गर्न सकेनौं।' });
    expect(await answer(new PaymentAttemptNotFoundError(), 'en')).toEqual({ status: 404, language: 'en', text: 'Payment not found.' });
  });

  it('reassures in the shopper’s language on an unexpected failure, never with its detail', async () => {
    const failed = await answer(new Error('connection reset by eSewa'), 'ne');
    expect(failed).toMatchObject({ status: 500, text: 'केही गडबड भयो। तपाईंको भुक्तानी सुरक्षित छ; हामी छिट्टै पुष्टि गर्नेछौं।' });
    expect((await answer(new Error('connection reset by eSewa'), 'en')).text).toBe('Something went wrong. Your payment is safe; we will confirm it shortly.');
  });
});
