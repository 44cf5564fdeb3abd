import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ActiveToggle, ProductForm, ProductImageForm } from '@/components/admin/product-form';
import { ProductImage } from '@/components/catalog/product-image';
import { requirePermission } from '@/lib/permissions/guard';
import { categoryChoices, productForEdit } from '@/lib/admin/products/read';
import { setProductActiveAction, updateProductAction, uploadProductImageAction } from '../actions';

export const metadata: Metadata = { title: 'Edit product' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditProductPage({ params, searchParams }: Props) {
  await requirePermission('products.manage');
  const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse((await params).id);
  const [product, categories] = await Promise.all([id.success ? productForEdit(id.data) : null, categoryChoices()]);
  if (!product) notFound();
  const created = (await searchParams).created === '1';
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{product.brandName}</h1>
        <Link href={`/products/${product.slug}`} className="text-sm text-brand-700 underline">View in shop</Link>
        <Link href={`/admin/stock/${product.id}`} className="text-sm text-brand-700 underline">Stock and ledger</Link>
        <Link href={`/admin/audit?entityType=product&entityId=${product.id}`} className="text-sm text-brand-700 underline">History</Link>
      </div>
      {created ? <p role="status" className="rounded bg-brand-50 px-3 py-2 text-sm text-brand-800">Product created. Receive a batch on its stock page to put it on sale.</p> : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <section className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
          <ProductForm action={updateProductAction} categories={categories} submitLabel="Save changes" values={product} />
        </section>
        <aside className="space-y-4">
          <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">Image</h2>
            <ProductImage imageUrl={product.imageUrl} brandName={product.brandName} dosageForm={product.dosageForm} size="lg" />
            <ProductImageForm productId={product.id} action={uploadProductImageAction} />
          </section>
          <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">In the shop</h2>
            <p className="text-sm">{product.active ? 'Active: shoppers can find and buy it.' : 'Inactive: hidden from shoppers.'}</p>
            <ActiveToggle productId={product.id} active={product.active} action={setProductActiveAction} />
          </section>
        </aside>
      </div>
    </div>
  );
}
