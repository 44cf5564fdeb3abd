import 'server-only';
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import { db as defaultDb, type Database } from '@/db/client';
import { prescriptions } from '@/db/schema';
import { env } from '@/lib/env';
import { formatWaitingTime } from '@/lib/nepal-time';
import { enqueueSms } from '@/lib/notifications/sms/enqueue-sms';

export type WaitAlertSettings = { afterMinutes?: number; phone?: string; appUrl: string };

const settingsFromEnv = (): WaitAlertSettings => ({ afterMinutes: env.PRESCRIPTION_WAIT_ALERT_MINUTES, phone: env.PHARMACIST_ON_DUTY_PHONE, appUrl: env.APP_URL });

/**
 * One SMS to the pharmacist on duty (PHARMACIST_ON_DUTY_PHONE) for the prescriptions that have
 * waited longer than PRESCRIPTION_WAIT_ALERT_MINUTES and were not alerted yet. Each prescription is
 * alerted once, marked in the same transaction as the SMS, under SKIP LOCKED so two runs never
 * both send. Off when the setting is unset.
 */
export async function alertLongWaitingPrescriptions(
  { now = new Date(), settings = settingsFromEnv(), database = defaultDb }: { now?: Date; settings?: WaitAlertSettings; database?: Database } = {},
): Promise<{ alerted: number }> {
  const { afterMinutes, phone, appUrl } = settings;
  if (!afterMinutes || !phone) return { alerted: 0 };
  const cutoff = new Date(now.getTime() - afterMinutes * 60_000);
  return database.transaction(async (tx) => {
    const waiting = await tx
      .select({ id: prescriptions.id, createdAt: prescriptions.createdAt })
      .from(prescriptions)
      .where(and(eq(prescriptions.status, 'pending'), isNull(prescriptions.waitAlertedAt), lte(prescriptions.createdAt, cutoff)))
      .orderBy(asc(prescriptions.createdAt))
      .limit(200)
      .for('update', { skipLocked: true });
    if (waiting.length === 0) return { alerted: 0 };
    const oldest = formatWaitingTime((now.getTime() - waiting[0]!.createdAt.getTime()) / 60_000);
    const count = waiting.length === 1 ? '1 prescription has' : `${waiting.length} prescriptions have`;
    await enqueueSms(tx, {
      toPhone: phone,
      template: 'prescription-wait-alert',
      locale: 'en',
      text: `MediNest: ${count} waited over ${afterMinutes} min for review (oldest ${oldest}). ${appUrl}/admin/prescriptions`,
    });
    await tx.update(prescriptions).set({ waitAlertedAt: now }).where(inArray(prescriptions.id, waiting.map((w) => w.id)));
    return { alerted: waiting.length };
  });
}
