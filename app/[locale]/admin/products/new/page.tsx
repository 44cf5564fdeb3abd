import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProductForm } from '@/components/admin/product-form';
import { requirePermission } from '@/lib/permissions/guard';
import { categoryChoices } from '@/lib/admin/products/read';
import { createProductAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.products.new'))('title') };
}

export default async function NewProductPage() {
  await requirePermission('products.manage');
  const [categories, t] = await Promise.all([categoryChoices(), getTranslations('manage.products.new')]);
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      <ProductForm
        action={createProductAction}
        categories={categories}
        submitLabel={t('submit')}
        values={{ slug: '', brandName: '', genericName: '', strength: '', dosageForm: 'Tablet', packSize: '', manufacturer: '', categoryId: null, pricePaisa: null, mrpPaisa: null, requiresPrescription: false, controlled: false, active: true, description: '', usage: '', warnings: '', descriptionNe: null, usageNe: null, warningsNe: null, searchKeywords: '', reorderLevel: 10, maxPerOrder: 10 }}
      />
    </section>
  );
}
