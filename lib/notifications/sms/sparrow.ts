import type { SmsErrorKind } from '@/db/schema';
import { postForm, SmsGatewayError, type OutgoingSms, type SmsGateway, type SmsSendOutcome } from './gateway';

/**
 * Sparrow SMS, v2 send API, as documented in sparrowsms/apidocs (docs/outgoing_sendsms.md):
 * POST {base}/v2/sms/ with form fields token, from (the identity Sparrow issued), to (10-digit
 * numbers), text. Success: HTTP 200 {"count", "response_code": 200, "response"}; refusals: HTTP 403
 * {"response_code": 1000-1013, "response"}. The answer carries no message id.
 */
const CODE_KINDS: Record<number, SmsErrorKind> = {
  1001: 'invalid_ip',
  1002: 'bad_credentials',
  1003: 'bad_credentials', // account inactive
  1004: 'bad_credentials',
  1005: 'bad_credentials', // account expired
  1006: 'bad_credentials',
  1007: 'bad_number', // invalid receiver
  1008: 'bad_credentials', // invalid sender (identity)
  1011: 'bad_number', // no valid receiver
  1012: 'no_credit',
  1013: 'no_credit', // insufficient credits
};

type SparrowAnswer = { response_code?: number; response?: string; count?: number };

export class SparrowSmsGateway implements SmsGateway {
  readonly name = 'sparrow' as const;
  readonly deliveredStatus = 'sent' as const;

  constructor(private readonly config: { token: string; from: string; baseUrl: string; timeoutMs: number }) {}

  async send(sms: OutgoingSms): Promise<SmsSendOutcome> {
    const url = new URL('/v2/sms/', this.config.baseUrl).toString();
    const { status, body } = await postForm(url, { token: this.config.token, from: this.config.from, to: sms.to, text: sms.text }, this.config.timeoutMs);
    const answer = (body ?? {}) as SparrowAnswer;
    if (status === 200 && answer.response_code === 200) return { providerMessageId: null };
    const code = Number(answer.response_code);
    const detail = `Sparrow ${Number.isFinite(code) ? code : `HTTP ${status}`}${answer.response ? ` ${String(answer.response).slice(0, 200)}` : ''}`;
    throw new SmsGatewayError(CODE_KINDS[code] ?? 'gateway_error', detail);
  }
}
