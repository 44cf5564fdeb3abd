import { Resend } from 'resend';
import type { Logger } from 'pino';

export type OutgoingEmail = { id: string; from: string; to: string; subject: string; text: string; html: string };
export type SendOutcome = { providerMessageId: string | null };

/** Where the dispatcher hands an email. Resend in production; the server log when no key is set. */
export interface EmailSender {
  /** The outbox status a successful hand-over ends in. */
  readonly deliveredStatus: 'sent' | 'logged';
  send(email: OutgoingEmail): Promise<SendOutcome>;
}

export class ResendSender implements EmailSender {
  readonly deliveredStatus = 'sent' as const;
  private readonly client: Resend;

  constructor(apiKey: string, baseUrl?: string) {
    // Passed explicitly: the SDK would otherwise read RESEND_BASE_URL from process.env itself.
    this.client = new Resend(apiKey, { baseUrl: baseUrl ?? 'https://api.resend.com' });
  }

  async send(email: OutgoingEmail): Promise<SendOutcome> {
    const { data, error } = await this.client.emails.send(
      { from: email.from, to: [email.to], subject: email.subject, text: email.text, html: email.html },
      // The outbox id makes a retry after a crash land as the same email, not a second one.
      { idempotencyKey: `notification-${email.id}` },
    );
    if (error || !data) throw new Error(`Resend refused the email: ${error?.name ?? 'unknown'}: ${error?.message ?? 'no data'}`);
    return { providerMessageId: data.id };
  }
}

/** Development without a Resend key: the email is written to the log and visible in /admin/outbox. */
export class LogSender implements EmailSender {
  readonly deliveredStatus = 'logged' as const;
  // Bodies can hold reset links: logged only outside production, where the log is the inbox.
  constructor(
    private readonly logger: Pick<Logger, 'info'>,
    private readonly includeBody: boolean,
  ) {}

  async send(email: OutgoingEmail): Promise<SendOutcome> {
    const body = this.includeBody ? { text: email.text } : {};
    this.logger.info({ notificationId: email.id, to: email.to, subject: email.subject, ...body }, 'email (no RESEND_API_KEY: logged, not sent)');
    return { providerMessageId: null };
  }
}
