import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { CategoryForm } from '@/components/admin/category-form';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { requirePermission } from '@/lib/permissions/guard';
import { categoryForEdit } from '@/lib/admin/categories/read';
import { updateCategoryAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.categories.edit'))('title') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditCategoryPage({ params, searchParams }: Props) {
  await requirePermission('products.manage');
  const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse((await params).id);
  const category = id.success ? await categoryForEdit(id.data) : null;
  if (!category) notFound();
  const [search, t, locale] = await Promise.all([searchParams, getTranslations('manage.categories.edit'), getLocale()]);
  const created = search.created === '1';
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{localized(category.name, category.nameNe, locale)}</h1>
        <span className="font-mono text-sm text-slate-600">{category.slug}</span>
        <Link href={`/products?category=${category.slug}`} className="text-sm text-brand-700 underline">{t('viewInShop')}</Link>
        <Link href={`/admin/audit?entityType=category&entityId=${category.id}`} className="text-sm text-brand-700 underline">{t('history')}</Link>
      </div>
      {created ? <p role="status" className="rounded bg-brand-50 px-3 py-2 text-sm text-brand-800">{t('created')}</p> : null}
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <CategoryForm action={updateCategoryAction} submitLabel={t('submit')} values={category} />
      </section>
    </div>
  );
}
