import type { Metadata } from 'next';
import { ProductForm } from '@/components/admin/product-form';
import { requirePermission } from '@/lib/permissions/guard';
import { categoryChoices } from '@/lib/admin/products/read';
import { createProductAction } from '../actions';

export const metadata: Metadata = { title: 'New product' };

export default async function NewProductPage() {
  await requirePermission('products.manage');
  const categories = await categoryChoices();
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h1 className="text-2xl font-bold">New product</h1>
      <p className="text-sm text-slate-600">A new product has no stock until a batch is received on its stock page.</p>
      <ProductForm
        action={createProductAction}
        categories={categories}
        submitLabel="Create product"
        values={{ slug: '', brandName: '', genericName: '', strength: '', dosageForm: 'Tablet', packSize: '', manufacturer: '', categoryId: null, pricePaisa: null, mrpPaisa: null, requiresPrescription: false, controlled: false, active: true, description: '', usage: '', warnings: '', searchKeywords: '', reorderLevel: 10, maxPerOrder: 10 }}
      />
    </section>
  );
}
