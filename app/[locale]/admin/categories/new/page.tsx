import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CategoryForm } from '@/components/admin/category-form';
import { requirePermission } from '@/lib/permissions/guard';
import { createCategoryAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.categories.new'))('title') };
}

export default async function NewCategoryPage() {
  await requirePermission('products.manage');
  const t = await getTranslations('manage.categories.new');
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      <CategoryForm action={createCategoryAction} submitLabel={t('submit')} values={{ slug: '', name: '', nameNe: null, description: '', descriptionNe: null, sortOrder: null }} />
    </section>
  );
}
