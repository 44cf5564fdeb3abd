import type { Logger } from 'pino';
import type { SmsErrorKind } from '@/db/schema';

export type OutgoingSms = { id: string; to: string; text: string };
export type SmsSendOutcome = { providerMessageId: string | null };

/** Where the dispatcher hands an SMS: Sparrow SMS, Aakash SMS, or the log when neither is configured. */
export interface SmsGateway {
  /** Stored with the message, shown in /admin/outbox. */
  readonly name: 'sparrow' | 'aakash' | 'log';
  readonly deliveredStatus: 'sent' | 'logged';
  send(sms: OutgoingSms): Promise<SmsSendOutcome>;
}

const KIND_LABELS: Record<SmsErrorKind, string> = {
  bad_number: 'Bad number',
  no_credit: 'No SMS credit left',
  invalid_ip: 'Server IP not allowed by the gateway',
  rate_limited: 'Rate limited by the gateway',
  bad_credentials: 'Gateway token or sender refused',
  gateway_error: 'Gateway error',
};

export const smsErrorLabel = (kind: SmsErrorKind): string => KIND_LABELS[kind];

/**
 * A refusal in words staff can act on. A bad number never gets better, so the dispatcher gives up at
 * once; the rest (credit topped up, IP allowed, a quieter minute) are retried with backoff.
 */
export class SmsGatewayError extends Error {
  constructor(
    readonly kind: SmsErrorKind,
    detail: string,
  ) {
    super(`${KIND_LABELS[kind]}: ${detail}`);
    this.name = 'SmsGatewayError';
  }

  get permanent(): boolean {
    return this.kind === 'bad_number';
  }
}

/** POSTs a form and reads the JSON answer; timeouts and garbage become gateway errors to retry. */
export async function postForm(url: string, fields: Record<string, string>, timeoutMs: number): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: new URLSearchParams(fields), signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    throw new SmsGatewayError('gateway_error', name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${timeoutMs} ms` : 'unreachable');
  }
  const raw = await response.text();
  if (response.status === 429) throw new SmsGatewayError('rate_limited', `HTTP 429`);
  try {
    return { status: response.status, body: JSON.parse(raw) as unknown };
  } catch {
    throw new SmsGatewayError('gateway_error', `HTTP ${response.status}, not JSON`);
  }
}

/** Development without a gateway: the SMS is written to the log and visible in /admin/outbox. */
export class LogSmsGateway implements SmsGateway {
  readonly name = 'log' as const;
  readonly deliveredStatus = 'logged' as const;
  // Texts can hold verification codes: logged only outside production, where the log is the phone.
  constructor(
    private readonly logger: Pick<Logger, 'info'>,
    private readonly includeText: boolean,
  ) {}

  async send(sms: OutgoingSms): Promise<SmsSendOutcome> {
    this.logger.info({ smsId: sms.id, to: sms.to, ...(this.includeText ? { text: sms.text } : {}) }, 'SMS (no SPARROW_SMS_TOKEN or AAKASH_SMS_TOKEN: logged, not sent)');
    return { providerMessageId: null };
  }
}
