'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { permittedAction } from '@/lib/permissions/guard';
import { productImageSchema, setProductImage } from '@/lib/admin/products/image';
import { createProductSchema, setActiveSchema, updateProductSchema } from '@/lib/admin/products/schema';
import { createProduct, setProductActive, updateProduct } from '@/lib/admin/products/write';

export const createProductAction = permittedAction('products.manage', createProductSchema, async (input, user) => {
  const created = await createProduct(input, { id: user.id, role: user.role });
  revalidatePath('/admin/products');
  // Returned: TypeScript sees that a destructured redirect never returns only through a return.
  return redirect({ href: `/admin/products/${created.id}?created=1`, locale: await getLocale() });
});

export const updateProductAction = permittedAction('products.manage', updateProductSchema, async (input, user) => {
  const result = await updateProduct(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/products/${result.id}`);
  const t = await getTranslations('manage.products.saved');
  return { ok: true, message: result.changed.length ? t('changed', { count: result.changed.length }) : t('unchanged') };
});

export const setProductActiveAction = permittedAction('products.manage', setActiveSchema, async (input, user) => {
  await setProductActive(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/products/${input.productId}`);
  revalidatePath('/admin/products');
  const t = await getTranslations('manage.products.saved');
  return { ok: true, message: input.active ? t('shown') : t('hidden') };
});

export const uploadProductImageAction = permittedAction('products.manage', productImageSchema, async (input, user) => {
  await setProductImage(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/products/${input.productId}`);
  const t = await getTranslations('manage.products.saved');
  return { ok: true, message: t('image') };
});
