'use client';

import type { ActionResult } from '@/lib/auth/action-result';
import { paisaToDecimal } from '@/lib/money';
import { AdminActionForm, AdminField, AdminTextArea, FieldError } from './action-form';

type Action = (state: ActionResult<unknown> | undefined, formData: FormData) => Promise<ActionResult<unknown>>;

export type ProductFormValues = {
  id?: number;
  slug: string;
  brandName: string;
  genericName: string;
  strength: string;
  dosageForm: string;
  packSize: string;
  manufacturer: string;
  categoryId: number | null;
  pricePaisa: number | null;
  mrpPaisa: number | null;
  requiresPrescription: boolean;
  active: boolean;
  description: string;
  usage: string;
  warnings: string;
  searchKeywords: string;
  reorderLevel: number;
  maxPerOrder: number;
};

const rupees = (paisa: number | null) => (paisa === null ? '' : paisaToDecimal(paisa));

/** Every product field; prices are typed in rupees and stored as paisa by the server. */
export function ProductForm({ action, values, categories, submitLabel }: { action: Action; values: ProductFormValues; categories: { id: number; name: string }[]; submitLabel: string }) {
  return (
    <AdminActionForm action={action} submitLabel={submitLabel} className="grid gap-3 sm:grid-cols-2" testId="product-form">
      {values.id ? <input type="hidden" name="productId" value={values.id} /> : null}
      <AdminField name="brandName" label="Brand name" defaultValue={values.brandName} />
      <AdminField name="slug" label="Web address (slug)" defaultValue={values.slug} />
      <AdminField name="genericName" label="Generic name" defaultValue={values.genericName} />
      <AdminField name="strength" label="Strength" defaultValue={values.strength} />
      <AdminField name="dosageForm" label="Dosage form" defaultValue={values.dosageForm} />
      <AdminField name="packSize" label="Pack size" defaultValue={values.packSize} />
      <AdminField name="manufacturer" label="Manufacturer" defaultValue={values.manufacturer} />
      <label className="block text-sm">
        <span className="font-medium text-slate-700">Category</span>
        <select name="categoryId" defaultValue={values.categoryId ?? ''} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1">
          <option value="">Choose…</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </select>
        <FieldError name="categoryId" />
      </label>
      <AdminField name="pricePaisa" label="Price (Rs.)" type="number" step="0.01" defaultValue={rupees(values.pricePaisa)} />
      <AdminField name="mrpPaisa" label="MRP (Rs.)" type="number" step="0.01" defaultValue={rupees(values.mrpPaisa)} />
      <AdminField name="reorderLevel" label="Reorder level (units)" type="number" defaultValue={values.reorderLevel} />
      <AdminField name="maxPerOrder" label="Most per order" type="number" defaultValue={values.maxPerOrder} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="requiresPrescription" defaultChecked={values.requiresPrescription} /> Prescription only (Rx)
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={values.active} /> Shown in the shop
      </label>
      <div className="sm:col-span-2"><AdminTextArea name="description" label="Description" defaultValue={values.description} /></div>
      <div className="sm:col-span-2"><AdminTextArea name="usage" label="Usage" defaultValue={values.usage} /></div>
      <div className="sm:col-span-2"><AdminTextArea name="warnings" label="Warnings" defaultValue={values.warnings} /></div>
      <div className="sm:col-span-2"><AdminField name="searchKeywords" label="Extra search words" defaultValue={values.searchKeywords} /></div>
    </AdminActionForm>
  );
}

export function ProductImageForm({ productId, action }: { productId: number; action: Action }) {
  return (
    <AdminActionForm action={action} submitLabel="Upload image" className="space-y-2" testId="image-form">
      <input type="hidden" name="productId" value={productId} />
      <input type="file" name="image" accept="image/jpeg,image/png,image/webp" className="block text-sm" />
      <FieldError name="image" />
    </AdminActionForm>
  );
}

export function ActiveToggle({ productId, active, action }: { productId: number; active: boolean; action: Action }) {
  return (
    <AdminActionForm action={action} submitLabel={active ? 'Deactivate (hide from shop)' : 'Activate (show in shop)'} danger={active}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
    </AdminActionForm>
  );
}
