'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { permittedAction } from '@/lib/permissions/guard';
import { productImageSchema, setProductImage } from '@/lib/admin/products/image';
import { createProductSchema, setActiveSchema, updateProductSchema } from '@/lib/admin/products/schema';
import { createProduct, setProductActive, updateProduct } from '@/lib/admin/products/write';

export const createProductAction = permittedAction('products.manage', createProductSchema, async (input, user) => {
  const created = await createProduct(input, { id: user.id, role: user.role });
  revalidatePath('/admin/products');
  redirect(`/admin/products/${created.id}?created=1`);
});

export const updateProductAction = permittedAction('products.manage', updateProductSchema, async (input, user) => {
  const result = await updateProduct(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/products/${result.id}`);
  return { ok: true, message: result.changed.length ? `Saved: ${result.changed.length} field${result.changed.length === 1 ? '' : 's'} changed.` : 'Nothing changed.' };
});

export const setProductActiveAction = permittedAction('products.manage', setActiveSchema, async (input, user) => {
  await setProductActive(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/products/${input.productId}`);
  revalidatePath('/admin/products');
  return { ok: true, message: input.active ? 'Shown in the shop again.' : 'Hidden from the shop.' };
});

export const uploadProductImageAction = permittedAction('products.manage', productImageSchema, async (input, user) => {
  await setProductImage(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/products/${input.productId}`);
  return { ok: true, message: 'Image saved.' };
});
