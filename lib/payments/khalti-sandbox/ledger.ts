import { randomBytes } from 'node:crypto';
import type { KhaltiStatus } from '@/lib/payments/khalti';

/** What the sandbox remembers about one pidx, as Khalti's own books would. */
export type KhaltiSandboxSession = {
  pidx: string;
  purchaseOrderId: string;
  purchaseOrderName: string;
  amountPaisa: number;
  returnUrl: string;
  websiteUrl: string;
  status: KhaltiStatus;
  transactionId: string | null;
  expiresAt: Date;
};

/** How lookup should answer instead, for tests: a status, an outage (HTTP 503) or a server error. */
export type KhaltiLookupOverride = KhaltiStatus | 'outage' | 'http_500';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomId = (length: number) => Array.from(randomBytes(length), (b) => ALPHABET[b % ALPHABET.length]).join('');

export class KhaltiSandboxLedger {
  private readonly sessions = new Map<string, KhaltiSandboxSession>();
  private readonly overrides = new Map<string, KhaltiLookupOverride>();
  lookupDelayMs = 0;
  /** Initiate answers HTTP 503, as when Khalti is down. */
  initiateOutage = false;
  /** Awaited before initiate answers: an in-process test's hook for what happens while Khalti thinks. */
  onInitiate: (() => Promise<unknown>) | null = null;

  /** How long a new link lives; tests set Khalti's production 60 minutes. */
  constructor(public lifetimeMs: number) {}

  open(input: Omit<KhaltiSandboxSession, 'pidx' | 'status' | 'transactionId' | 'expiresAt'>): KhaltiSandboxSession {
    // Khalti's pidx look like "bZQLD9wRVWo4CdESSfuSsB": 22 letters and digits.
    const session: KhaltiSandboxSession = { ...input, pidx: randomId(22), status: 'Initiated', transactionId: null, expiresAt: new Date(Date.now() + this.lifetimeMs) };
    this.sessions.set(session.pidx, session);
    return session;
  }

  /** The session as of now: an Initiated or Pending link past its lifetime has Expired. */
  get(pidx: string): KhaltiSandboxSession | undefined {
    const session = this.sessions.get(pidx);
    if (session && (session.status === 'Initiated' || session.status === 'Pending') && session.expiresAt.getTime() <= Date.now()) session.status = 'Expired';
    return session;
  }

  list(): KhaltiSandboxSession[] {
    return [...this.sessions.keys()].map((pidx) => this.get(pidx)!);
  }

  complete(pidx: string): KhaltiSandboxSession | undefined {
    const session = this.get(pidx);
    if (!session) return undefined;
    if (session.status !== 'Completed') {
      session.status = 'Completed';
      session.transactionId = randomId(22);
    }
    return session;
  }

  setStatus(pidx: string, status: KhaltiStatus): KhaltiSandboxSession | undefined {
    const session = this.sessions.get(pidx);
    if (session) session.status = status;
    return session;
  }

  /** Ends a link's lifetime now (tests of expiry need not wait 30 minutes). */
  expire(pidx: string): KhaltiSandboxSession | undefined {
    const session = this.sessions.get(pidx);
    if (session) session.expiresAt = new Date(Date.now() - 1);
    return this.get(pidx);
  }

  override(pidx: string, answer: KhaltiLookupOverride | null): void {
    if (answer === null) this.overrides.delete(pidx);
    else this.overrides.set(pidx, answer);
  }

  overrideFor(pidx: string): KhaltiLookupOverride | undefined {
    return this.overrides.get(pidx) ?? this.overrides.get('*');
  }

  reset(): void {
    this.sessions.clear();
    this.overrides.clear();
    this.lookupDelayMs = 0;
    this.initiateOutage = false;
  }
}
