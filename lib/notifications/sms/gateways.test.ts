import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSmsGateway, type FakeSmsGateway, type SimulatedFailure } from '@/test-support/fake-sms-gateway';
import { AakashSmsGateway } from './aakash';
import { SmsGatewayError, type SmsGateway } from './gateway';
import { SparrowSmsGateway } from './sparrow';

let fake: FakeSmsGateway;
beforeAll(async () => {
  fake = await startFakeSmsGateway();
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.messages.length = 0;
  fake.failNext(0, 'outage');
});

const sparrow = (overrides: Partial<{ token: string; from: string }> = {}) =>
  new SparrowSmsGateway({ token: fake.sparrowToken, from: fake.sparrowFrom, baseUrl: fake.url, timeoutMs: 2_000, ...overrides });
const aakash = (overrides: Partial<{ token: string }> = {}) => new AakashSmsGateway({ token: fake.aakashToken, baseUrl: fake.url, timeoutMs: 2_000, ...overrides });

async function refusal(gateway: SmsGateway, to = '9841234567'): Promise<SmsGatewayError> {
  const error = await gateway.send({ id: 'x', to, text: 'Namaste' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsGatewayError);
  return error as SmsGatewayError;
}

describe.each([
  ['Sparrow SMS', () => sparrow()],
  ['Aakash SMS', () => aakash()],
])('%s', (name, gateway) => {
  it('delivers the text, Nepali included, to the number', async () => {
    const outcome = await gateway().send({ id: 'a', to: '9812345678', text: 'अर्डर MN-1 पुष्टि भयो' });
    expect(fake.messages).toMatchObject([{ provider: name.startsWith('Sparrow') ? 'sparrow' : 'aakash', to: '9812345678', text: 'अर्डर MN-1 पुष्टि भयो' }]);
    if (name.startsWith('Aakash')) expect(outcome.providerMessageId).toBe(String(fake.messages[0]!.id));
  });

  it('refuses a number that is not a Nepali mobile as a bad number, and gives up on it', async () => {
    const error = await refusal(gateway(), '12345');
    expect(error).toMatchObject({ kind: 'bad_number', permanent: true });
    expect(fake.messages).toHaveLength(0);
  });

  it.each<[SimulatedFailure, string]>([
    ['no_credit', 'no_credit'],
    ['invalid_ip', 'invalid_ip'],
    ['rate_limited', 'rate_limited'],
    ['outage', 'gateway_error'],
  ])('maps a %s refusal to %s, to be retried', async (failure, kind) => {
    fake.failNext(1, failure);
    const error = await refusal(gateway());
    expect(error).toMatchObject({ kind, permanent: false });
    expect(error.message.length).toBeLessThan(300);
    await gateway().send({ id: 'b', to: '9841234567', text: 'again' });
    expect(fake.messages).toHaveLength(1);
  });
});

it('reports a wrong token or sender identity as refused credentials', async () => {
  expect(await refusal(sparrow({ token: 'wrong' }))).toMatchObject({ kind: 'bad_credentials' });
  expect(await refusal(sparrow({ from: 'Other' }))).toMatchObject({ kind: 'bad_credentials' });
  expect(await refusal(aakash({ token: 'wrong' }))).toMatchObject({ kind: 'bad_credentials' });
});

it('gives up on a gateway that does not answer in time', async () => {
  const { createServer } = await import('node:http');
  const silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as { port: number }).port;
  try {
    const error = await refusal(new SparrowSmsGateway({ token: 't', from: 'f', baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 150 }));
    expect(error).toMatchObject({ kind: 'gateway_error' });
    expect(error.message).toMatch(/no answer within 150 ms/);
  } finally {
    silent.closeAllConnections();
    silent.close();
  }
});
