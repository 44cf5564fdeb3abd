import 'server-only';
import type { Database } from '@/db/client';
import { pruneIdempotencyKeys } from '@/lib/api/idempotency';
import { pruneEndedSessions } from '@/lib/auth/sessions/prune';
import { dispatchDueNotifications } from '@/lib/notifications/dispatch';
import type { EmailSender } from '@/lib/notifications/senders';
import type { OcrEngine } from '@/lib/ocr';
import { sweepExpiredOrders } from '@/lib/orders/expire-orders';
import type { EsewaConfig } from '@/lib/payments/config';
import { paymentProvider, paymentProvidersWith } from '@/lib/payments/providers';
import { reconcilePayments } from '@/lib/payments/reconcile';
import { processOcrQueue } from '@/lib/prescriptions/ocr-jobs';
import type { CronJobName } from './schedule';

/** What a job runs against; tests hand in their own database and local fakes. */
export type JobContext = { database: Database; esewa?: EsewaConfig; emailSender?: EmailSender; ocrEngine?: OcrEngine };

/** Each job does one bounded batch per run; what is left over waits for the next run. */
export const CRON_JOBS: Record<CronJobName, (context: JobContext) => Promise<object>> = {
  'reconcile-payments': ({ database, esewa }) => reconcilePayments({}, esewa ? paymentProvidersWith({ esewa }) : paymentProvider, database),
  'expire-orders': ({ database }) => sweepExpiredOrders({ database }),
  'dispatch-notifications': ({ database, emailSender }) =>
    dispatchDueNotifications({ now: new Date(), limit: 50 }, { db: database, ...(emailSender ? { sender: emailSender } : {}) }),
  'process-prescriptions': async ({ database, ocrEngine }) => ({ processed: await processOcrQueue({ limit: 10, database, ...(ocrEngine ? { engine: ocrEngine } : {}) }) }),
  'prune-sessions': ({ database }) => pruneEndedSessions(database),
  'prune-idempotency-keys': ({ database }) => pruneIdempotencyKeys(database),
};
