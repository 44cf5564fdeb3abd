import 'server-only';
import type { Database } from '@/db/client';
import { pruneIdempotencyKeys } from '@/lib/api/idempotency';
import { pruneEndedSessions } from '@/lib/auth/sessions/prune';
import { dispatchDueNotifications } from '@/lib/notifications/dispatch';
import { dispatchDuePush } from '@/lib/notifications/push/dispatch-push';
import type { PushSender } from '@/lib/notifications/push/sender';
import type { EmailSender } from '@/lib/notifications/senders';
import { dispatchDueSms } from '@/lib/notifications/sms/dispatch-sms';
import type { SmsGateway } from '@/lib/notifications/sms/gateway';
import type { OcrEngine } from '@/lib/ocr';
import { sweepExpiredOrders } from '@/lib/orders/expire-orders';
import type { EsewaConfig } from '@/lib/payments/config';
import { paymentProvider, paymentProvidersWith } from '@/lib/payments/providers';
import { reconcilePayments } from '@/lib/payments/reconcile';
import { processOcrQueue } from '@/lib/prescriptions/ocr-jobs';
import { alertLongWaitingPrescriptions } from '@/lib/prescriptions/wait-alert';
import { sendDueRefillReminders } from '@/lib/refills/remind';
import { dispatchDueWebhooks } from '@/lib/webhooks/dispatch';
import { pruneWebhookDeliveries } from '@/lib/webhooks/prune-deliveries';
import type { CronJobName } from './schedule';

/** What a job runs against; tests hand in their own database and local fakes. */
export type JobContext = { database: Database; esewa?: EsewaConfig; emailSender?: EmailSender; smsGateway?: SmsGateway; pushSender?: PushSender; ocrEngine?: OcrEngine };

/** Each job does one bounded batch per run; what is left over waits for the next run. */
export const CRON_JOBS: Record<CronJobName, (context: JobContext) => Promise<object>> = {
  'reconcile-payments': ({ database, esewa }) => reconcilePayments({}, esewa ? paymentProvidersWith({ esewa }) : paymentProvider, database),
  'expire-orders': ({ database }) => sweepExpiredOrders({ database }),
  // The pharmacist's wait alert is written first, so this very run sends it.
  'dispatch-notifications': async ({ database, emailSender, smsGateway, pushSender }) => ({
    prescriptionWaitAlert: await alertLongWaitingPrescriptions({ database }),
    ...(await dispatchDueNotifications({ now: new Date(), limit: 50 }, { db: database, ...(emailSender ? { sender: emailSender } : {}) })),
    sms: await dispatchDueSms({ now: new Date(), limit: 50 }, { db: database, ...(smsGateway ? { gateway: smsGateway } : {}) }),
    push: await dispatchDuePush({ now: new Date(), limit: 50 }, { db: database, ...(pushSender ? { sender: pushSender } : {}) }),
    // After email and SMS, so a slow partner never delays a password reset; a notice it causes goes next run.
    webhooks: await dispatchDueWebhooks({ now: new Date(), limit: 50 }, { db: database }),
  }),
  'process-prescriptions': async ({ database, ocrEngine }) => ({ processed: await processOcrQueue({ limit: 10, database, ...(ocrEngine ? { engine: ocrEngine } : {}) }) }),
  'prune-sessions': ({ database }) => pruneEndedSessions(database),
  'prune-idempotency-keys': ({ database }) => pruneIdempotencyKeys(database),
  'prune-webhook-deliveries': ({ database }) => pruneWebhookDeliveries(database),
  'refill-reminders': ({ database }) => sendDueRefillReminders({ database }),
};
