import type { SmsErrorKind } from '@/db/schema';
import { postForm, SmsGatewayError, type OutgoingSms, type SmsGateway, type SmsSendOutcome } from './gateway';

/**
 * Aakash SMS, v3 send API: POST {base}/sms/v3/send with form fields auth_token, to (10-digit
 * numbers), text. The answer is {"error": bool, "message", "data": {"valid": [{id, mobile, credit,
 * network, status}], "invalid": [{mobile, status: "aborted"}]}}; refusals are error: true with a
 * message ("The provided Auth Token is not valid.", "Not enough balance."). Shapes as written up in
 * fewatechnologies/laravel_react_inertia_starter_kit docs/aakash_sms.md and used by
 * dupilop/hitec backend/api/libs/messageapi.php; Aakash documents no error codes, so the message is read.
 */
type AakashAnswer = { error?: boolean; message?: string; data?: { valid?: { id?: number | string }[]; invalid?: { mobile?: string; status?: string }[] } | unknown[] };

function kindOf(message: string): SmsErrorKind {
  if (/token/i.test(message)) return 'bad_credentials';
  if (/balance|credit/i.test(message)) return 'no_credit';
  if (/\bip\b/i.test(message)) return 'invalid_ip';
  if (/too many|rate|limit/i.test(message)) return 'rate_limited';
  if (/mobile|number|receiver/i.test(message)) return 'bad_number';
  return 'gateway_error';
}

export class AakashSmsGateway implements SmsGateway {
  readonly name = 'aakash' as const;
  readonly deliveredStatus = 'sent' as const;

  constructor(private readonly config: { token: string; baseUrl: string; timeoutMs: number }) {}

  async send(sms: OutgoingSms): Promise<SmsSendOutcome> {
    const url = new URL('/sms/v3/send', this.config.baseUrl).toString();
    const { status, body } = await postForm(url, { auth_token: this.config.token, to: sms.to, text: sms.text }, this.config.timeoutMs);
    const answer = (body ?? {}) as AakashAnswer;
    const message = String(answer.message ?? `HTTP ${status}`).slice(0, 200);
    if (answer.error !== false || status >= 400) throw new SmsGatewayError(kindOf(message), `Aakash: ${message}`);
    const data = Array.isArray(answer.data) ? {} : (answer.data ?? {});
    const [valid] = data.valid ?? [];
    if (!valid) throw new SmsGatewayError('bad_number', `Aakash: ${data.invalid?.[0]?.status ?? 'no valid receiver'}`);
    return { providerMessageId: valid.id === undefined ? null : String(valid.id) };
  }
}
