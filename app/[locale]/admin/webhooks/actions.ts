'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requestIp } from '@/lib/audit/request-ip';
import { redirect } from '@/lib/i18n/navigation';
import { permittedAction } from '@/lib/permissions/guard';
import { dispatchDueWebhooks } from '@/lib/webhooks/dispatch';
import {
  deleteWebhookEndpoint,
  deliveryIdSchema,
  endpointIdSchema,
  queueWebhookTest,
  registerEndpointSchema,
  registerWebhookEndpoint,
  replayWebhookDelivery,
  rotateWebhookSecret,
  setWebhookEndpointEnabled,
} from '@/lib/webhooks/endpoints';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/events';

// One checkbox per event (`event:order.created=on`); the endpoint's rules are registerEndpointSchema's.
const registerFormSchema = z
  .object({
    url: registerEndpointSchema.shape.url,
    description: registerEndpointSchema.shape.description.optional(),
    ...Object.fromEntries(WEBHOOK_EVENT_TYPES.map((type) => [`event:${type}`, z.literal('on').optional()])),
  })
  .refine((form) => WEBHOOK_EVENT_TYPES.some((type) => (form as Record<string, unknown>)[`event:${type}`] === 'on'), { message: 'Choose at least one event.', path: [`event:${WEBHOOK_EVENT_TYPES[0]}`], when: () => true })
  .transform((form) => ({ url: form.url, description: form.description ?? '', events: WEBHOOK_EVENT_TYPES.filter((type) => (form as Record<string, unknown>)[`event:${type}`] === 'on') }))
  .pipe(registerEndpointSchema);

const admin = (user: { id: string; role: 'customer' | 'pharmacist' | 'admin' }) => ({ id: user.id, role: user.role });

/** The secret goes back to this admin once, to hand to the partner; it is stored encrypted. */
export const registerWebhookEndpointAction = permittedAction('webhooks.manage', registerFormSchema, async (input, user) => {
  const created = await registerWebhookEndpoint(input, admin(user), await requestIp());
  revalidatePath('/admin/webhooks');
  const t = await getTranslations('manage.webhooks.saved');
  return { ok: true, message: t('registered', { url: created.url }), data: { id: created.id, secret: created.secret } };
});

export const setWebhookEndpointEnabledAction = permittedAction('webhooks.manage', endpointIdSchema.extend({ enabled: z.enum(['true', 'false']) }), async (input, user) => {
  await setWebhookEndpointEnabled(input.endpointId, input.enabled === 'true', admin(user), await requestIp());
  revalidatePath('/admin/webhooks');
  revalidatePath(`/admin/webhooks/${input.endpointId}`);
  const t = await getTranslations('manage.webhooks.saved');
  return { ok: true, message: input.enabled === 'true' ? t('turnedOn') : t('turnedOff') };
});

export const rotateWebhookSecretAction = permittedAction('webhooks.manage', endpointIdSchema, async (input, user) => {
  const { secret } = await rotateWebhookSecret(input.endpointId, admin(user), await requestIp());
  const t = await getTranslations('manage.webhooks.saved');
  return { ok: true, message: t('rotated'), data: { secret } };
});

export const deleteWebhookEndpointAction = permittedAction('webhooks.manage', endpointIdSchema, async (input, user) => {
  await deleteWebhookEndpoint(input.endpointId, admin(user), await requestIp());
  revalidatePath('/admin/webhooks');
  // Returned: TypeScript sees that a destructured redirect never returns only through a return.
  return redirect({ href: '/admin/webhooks?deleted=1', locale: await getLocale() });
});

/** Queued again and sent at once, so the admin sees the answer; the cron would send it within a minute anyway. */
export const replayWebhookDeliveryAction = permittedAction('webhooks.manage', deliveryIdSchema, async (input, user) => {
  const { deliveryId } = await replayWebhookDelivery(input, admin(user), await requestIp());
  const sent = await dispatchDueWebhooks({ deliveryId, limit: 1 });
  revalidatePath(`/admin/webhooks/${input.endpointId}`);
  const t = await getTranslations('manage.webhooks.saved');
  return { ok: true, message: sent.delivered ? t('replayAccepted') : t('replayRefused') };
});

export const sendWebhookTestAction = permittedAction('webhooks.manage', endpointIdSchema, async (input, user) => {
  const { deliveryId } = await queueWebhookTest(input.endpointId, admin(user), await requestIp());
  const sent = await dispatchDueWebhooks({ deliveryId, limit: 1 });
  revalidatePath(`/admin/webhooks/${input.endpointId}`);
  const t = await getTranslations('manage.webhooks.saved');
  return { ok: true, message: sent.delivered ? t('testAccepted') : t('testRefused') };
});
