import { randomBytes } from 'node:crypto';
import type { EsewaStatus } from '@/lib/payments/esewa';

/** What the sandbox remembers about one transaction_uuid, as eSewa's own books would. */
export type SandboxTransaction = {
  transactionUuid: string;
  productCode: string;
  /** The total_amount string exactly as posted. */
  totalAmount: string;
  amountPaisa: number;
  successUrl: string;
  failureUrl: string;
  status: EsewaStatus;
  refId: string | null;
};

/** How the status endpoint should misbehave, for tests. */
export type StatusOverride = EsewaStatus | 'outage' | 'http_500';

export class SandboxLedger {
  private readonly transactions = new Map<string, SandboxTransaction>();
  private readonly overrides = new Map<string, StatusOverride>();
  statusDelayMs = 0;

  get(uuid: string): SandboxTransaction | undefined {
    return this.transactions.get(uuid);
  }

  list(): SandboxTransaction[] {
    return [...this.transactions.values()];
  }

  /** A session opened at the form: eSewa reports it PENDING until the shopper decides. */
  open(transaction: Omit<SandboxTransaction, 'status' | 'refId'>): { ok: true; transaction: SandboxTransaction } | { ok: false } {
    const existing = this.transactions.get(transaction.transactionUuid);
    // eSewa refuses a uuid that was already used for a finished payment.
    if (existing && existing.status !== 'PENDING') return { ok: false };
    const opened: SandboxTransaction = { ...transaction, status: 'PENDING', refId: null };
    this.transactions.set(transaction.transactionUuid, opened);
    return { ok: true, transaction: opened };
  }

  complete(uuid: string): SandboxTransaction | undefined {
    const transaction = this.transactions.get(uuid);
    if (!transaction) return undefined;
    if (transaction.status !== 'COMPLETE') {
      transaction.status = 'COMPLETE';
      // eSewa references look like 0006TY3: seven upper-case letters and digits.
      transaction.refId = `000${randomBytes(3).toString('hex').slice(0, 4).toUpperCase()}`;
    }
    return transaction;
  }

  setStatus(uuid: string, status: EsewaStatus): SandboxTransaction | undefined {
    const transaction = this.transactions.get(uuid);
    if (transaction) transaction.status = status;
    return transaction;
  }

  /** Forces what the status endpoint answers for one uuid, or for every uuid with '*'. null clears. */
  override(uuid: string, answer: StatusOverride | null): void {
    if (answer === null) this.overrides.delete(uuid);
    else this.overrides.set(uuid, answer);
  }

  overrideFor(uuid: string): StatusOverride | undefined {
    return this.overrides.get(uuid) ?? this.overrides.get('*');
  }

  reset(): void {
    this.transactions.clear();
    this.overrides.clear();
    this.statusDelayMs = 0;
  }
}

/** eSewa's callback amount: at least one decimal, thousands commas ("133.0", "2,700.0", "1,234.55"). */
export function formatCallbackAmount(paisa: number): string {
  const rupees = Math.floor(paisa / 100).toLocaleString('en-US');
  const cents = paisa % 100;
  return `${rupees}.${cents % 10 === 0 ? String(cents / 10) : String(cents).padStart(2, '0')}`;
}
