'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { requestIp } from '@/lib/audit/request-ip';
import { retryFailedNotification } from '@/lib/notifications/outbox';
import { retryFailedSms } from '@/lib/notifications/sms/outbox';
import { permittedAction } from '@/lib/permissions/guard';

export const retryNotificationAction = permittedAction('outbox.manage', z.object({ id: z.uuid({ error: 'Invalid email id' }) }), async (input, user) => {
  const t = await getTranslations('manage.outbox.saved');
  const retried = await retryFailedNotification(db, input.id);
  if (!retried) return { ok: false, message: t('onlyFailedEmails') };
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: 'notification.retried', entityType: 'notification', entityId: input.id, ip: await requestIp() });
  revalidatePath('/admin/outbox');
  return { ok: true, message: t('queued') };
});

export const retrySmsAction = permittedAction('outbox.manage', z.object({ id: z.uuid({ error: 'Invalid SMS id' }) }), async (input, user) => {
  const t = await getTranslations('manage.outbox.saved');
  const retried = await retryFailedSms(db, input.id);
  if (!retried) return { ok: false, message: t('onlyFailedSms') };
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: 'sms.retried', entityType: 'sms_message', entityId: input.id, ip: await requestIp() });
  revalidatePath('/admin/outbox');
  return { ok: true, message: t('queued') };
});
