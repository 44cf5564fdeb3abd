'use server';

import { revalidatePath } from 'next/cache';
import { permittedAction } from '@/lib/permissions/guard';
import { setReorderLevel } from '@/lib/admin/products/write';
import { reorderLevelSchema } from '@/lib/admin/products/schema';
import { adjustBatch, adjustBatchSchema } from '@/lib/inventory/adjust';
import { receiveBatch, receiveBatchSchema } from '@/lib/inventory/receive';
import { writeOffExpired, writeOffSchema } from '@/lib/inventory/write-off';

export const receiveBatchAction = permittedAction('stock.manage', receiveBatchSchema, async (input, user) => {
  await receiveBatch(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/stock/${input.productId}`);
  return { ok: true, message: `Received ${input.quantity} units of batch ${input.batchNumber}.` };
});

export const adjustBatchAction = permittedAction('stock.manage', adjustBatchSchema, async (input, user) => {
  const result = await adjustBatch(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/stock/${result.productId}`);
  return { ok: true, message: `Adjusted by ${input.quantityChange > 0 ? '+' : ''}${input.quantityChange}; ${result.quantity} now on hand in this batch.` };
});

export const writeOffAction = permittedAction('stock.manage', writeOffSchema, async (input, user) => {
  const result = await writeOffExpired(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/stock/${result.productId}`);
  revalidatePath('/admin/stock/batches');
  return { ok: true, message: `Wrote off ${result.units} expired units from ${result.batches} batch${result.batches === 1 ? '' : 'es'}.` };
});

export const reorderLevelAction = permittedAction('stock.manage', reorderLevelSchema, async (input, user) => {
  await setReorderLevel(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/stock/${input.productId}`);
  return { ok: true, message: `Reorder level set to ${input.reorderLevel}.` };
});
