import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ActiveToggle, ProductForm, ProductImageForm } from '@/components/admin/product-form';
import { ProductImage } from '@/components/catalog/product-image';
import { Link } from '@/lib/i18n/navigation';
import { requirePermission } from '@/lib/permissions/guard';
import { categoryChoices, productForEdit } from '@/lib/admin/products/read';
import { setProductActiveAction, updateProductAction, uploadProductImageAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.products.edit'))('title') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditProductPage({ params, searchParams }: Props) {
  await requirePermission('products.manage');
  const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse((await params).id);
  const [product, categories] = await Promise.all([id.success ? productForEdit(id.data) : null, categoryChoices()]);
  if (!product) notFound();
  const created = (await searchParams).created === '1';
  const t = await getTranslations('manage.products.edit');
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{product.brandName}</h1>
        <Link href={`/products/${product.slug}`} className="text-sm text-brand-700 underline">{t('viewInShop')}</Link>
        <Link href={`/admin/stock/${product.id}`} className="text-sm text-brand-700 underline">{t('stock')}</Link>
        <Link href={`/admin/audit?entityType=product&entityId=${product.id}`} className="text-sm text-brand-700 underline">{t('history')}</Link>
      </div>
      {created ? <p role="status" className="rounded bg-brand-50 px-3 py-2 text-sm text-brand-800">{t('created')}</p> : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <section className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
          <ProductForm action={updateProductAction} categories={categories} submitLabel={t('submit')} values={product} />
        </section>
        <aside className="space-y-4">
          <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{t('image')}</h2>
            <ProductImage imageUrl={product.imageUrl} brandName={product.brandName} dosageForm={product.dosageForm} size="lg" />
            <ProductImageForm productId={product.id} action={uploadProductImageAction} />
          </section>
          <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{t('inShop')}</h2>
            <p className="text-sm">{product.active ? t('isActive') : t('isInactive')}</p>
            <ActiveToggle productId={product.id} active={product.active} action={setProductActiveAction} />
          </section>
        </aside>
      </div>
    </div>
  );
}
