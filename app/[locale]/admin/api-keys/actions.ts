'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { PARTNER_SCOPES } from '@/lib/api/contract/scopes';
import { createPartnerKey, createPartnerKeySchema, partnerKeyIdSchema, revokePartnerKey } from '@/lib/api/partner-keys';
import { requestIp } from '@/lib/audit/request-ip';
import { permittedAction } from '@/lib/permissions/guard';

// The form sends one checkbox per scope (`scope:orders:read=on`); the key's rules are createPartnerKeySchema's.
const createFormSchema = z
  .object({ name: createPartnerKeySchema.shape.name, ...Object.fromEntries(PARTNER_SCOPES.map((scope) => [`scope:${scope}`, z.literal('on').optional()])) })
  // Shown beside the first checkbox (the form has no field called `scopes`), even when the name is wrong too.
  .refine((form) => PARTNER_SCOPES.some((scope) => (form as Record<string, unknown>)[`scope:${scope}`] === 'on'), { message: 'Choose at least one scope.', path: [`scope:${PARTNER_SCOPES[0]}`], when: () => true })
  .transform((form) => ({ name: form.name, scopes: PARTNER_SCOPES.filter((scope) => (form as Record<string, unknown>)[`scope:${scope}`] === 'on') }))
  .pipe(createPartnerKeySchema);

/** The key goes back to this admin once, to hand to the partner; only its hash is kept. */
export const createPartnerKeyAction = permittedAction('api-keys.manage', createFormSchema, async (input, user) => {
  const created = await createPartnerKey(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/api-keys');
  const t = await getTranslations('manage.apiKeys.saved');
  return { ok: true, message: t('created', { name: created.name }), data: { key: created.key } };
});

export const revokePartnerKeyAction = permittedAction('api-keys.manage', partnerKeyIdSchema, async (input, user) => {
  await revokePartnerKey(input.keyId, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/api-keys');
  return { ok: true, message: (await getTranslations('manage.apiKeys.saved'))('revoked') };
});
