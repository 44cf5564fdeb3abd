'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { permittedAction } from '@/lib/permissions/guard';
import { createCategorySchema, updateCategorySchema } from '@/lib/admin/categories/schema';
import { createCategory, updateCategory } from '@/lib/admin/categories/write';

// Categories are part of the catalog an admin curates, so they share the products permission.
export const createCategoryAction = permittedAction('products.manage', createCategorySchema, async (input, user) => {
  const created = await createCategory(input, { id: user.id, role: user.role });
  revalidatePath('/admin/categories');
  // Returned: TypeScript sees that a destructured redirect never returns only through a return.
  return redirect({ href: `/admin/categories/${created.id}?created=1`, locale: await getLocale() });
});

export const updateCategoryAction = permittedAction('products.manage', updateCategorySchema, async (input, user) => {
  const result = await updateCategory(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/categories/${result.id}`);
  revalidatePath('/admin/categories');
  const t = await getTranslations('manage.categories.saved');
  return { ok: true, message: result.changed.length ? t('changed', { count: result.changed.length }) : t('unchanged') };
});
