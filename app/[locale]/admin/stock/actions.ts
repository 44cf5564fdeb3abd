'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { formattersFor } from '@/lib/i18n/format';
import { permittedAction } from '@/lib/permissions/guard';
import { setReorderLevel } from '@/lib/admin/products/write';
import { reorderLevelSchema } from '@/lib/admin/products/schema';
import { adjustBatch, adjustBatchSchema } from '@/lib/inventory/adjust';
import { receiveBatch, receiveBatchSchema } from '@/lib/inventory/receive';
import { writeOffExpired, writeOffSchema } from '@/lib/inventory/write-off';

async function words() {
  return [await getTranslations('admin.stock.actions'), formattersFor(await getLocale())] as const;
}

export const receiveBatchAction = permittedAction('stock.manage', receiveBatchSchema, async (input, user) => {
  await receiveBatch(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/stock/${input.productId}`);
  const [t, f] = await words();
  return { ok: true, message: t('received', { quantity: f.count(input.quantity), batch: input.batchNumber }) };
});

export const adjustBatchAction = permittedAction('stock.manage', adjustBatchSchema, async (input, user) => {
  const result = await adjustBatch(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/stock/${result.productId}`);
  const [t, f] = await words();
  return { ok: true, message: t('adjusted', { change: `${input.quantityChange > 0 ? '+' : ''}${f.count(input.quantityChange)}`, quantity: f.count(result.quantity) }) };
});

export const writeOffAction = permittedAction('stock.manage', writeOffSchema, async (input, user) => {
  const result = await writeOffExpired(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/stock/${result.productId}`);
  revalidatePath('/admin/stock/batches');
  const [t, f] = await words();
  return { ok: true, message: t('wroteOff', { units: f.count(result.units), batches: result.batches }) };
});

export const reorderLevelAction = permittedAction('stock.manage', reorderLevelSchema, async (input, user) => {
  await setReorderLevel(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/stock/${input.productId}`);
  const [t, f] = await words();
  return { ok: true, message: t('reorderLevel', { level: f.count(input.reorderLevel) }) };
});
