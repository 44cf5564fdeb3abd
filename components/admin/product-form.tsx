'use client';

import { ActionForm, CheckboxField, Field, FieldErrors, Hidden, SelectField, TextAreaField, useFieldWiring, type FormAction } from '@/components/ui/form';
import { paisaToDecimal } from '@/lib/money';

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
  controlled: boolean;
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
export function ProductForm({ action, values, categories, submitLabel }: { action: FormAction; values: ProductFormValues; categories: { id: number; name: string }[]; submitLabel: string }) {
  return (
    <ActionForm action={action} density="compact" submitLabel={submitLabel} className="grid gap-3 sm:grid-cols-2" testId="product-form">
      {values.id ? <Hidden name="productId" value={values.id} /> : null}
      <Field name="brandName" label="Brand name" defaultValue={values.brandName} />
      <Field name="slug" label="Web address (slug)" defaultValue={values.slug} />
      <Field name="genericName" label="Generic name" defaultValue={values.genericName} />
      <Field name="strength" label="Strength" defaultValue={values.strength} />
      <Field name="dosageForm" label="Dosage form" defaultValue={values.dosageForm} />
      <Field name="packSize" label="Pack size" defaultValue={values.packSize} />
      <Field name="manufacturer" label="Manufacturer" defaultValue={values.manufacturer} />
      <SelectField name="categoryId" label="Category" placeholder="Choose…" options={categories.map((c) => ({ value: String(c.id), label: c.name }))} defaultValue={values.categoryId} />
      <Field name="pricePaisa" label="Price (Rs.)" type="number" step="0.01" defaultValue={rupees(values.pricePaisa)} />
      <Field name="mrpPaisa" label="MRP (Rs.)" type="number" step="0.01" defaultValue={rupees(values.mrpPaisa)} />
      <Field name="reorderLevel" label="Reorder level (units)" type="number" defaultValue={values.reorderLevel} />
      <Field name="maxPerOrder" label="Most per order" type="number" defaultValue={values.maxPerOrder} />
      <CheckboxField name="requiresPrescription" label="Prescription only (Rx)" defaultChecked={values.requiresPrescription} />
      <CheckboxField name="controlled" label="Controlled medicine (prescriber's NMC number and register)" defaultChecked={values.controlled} />
      <CheckboxField name="active" label="Shown in the shop" defaultChecked={values.active} />
      <TextAreaField name="description" label="Description" defaultValue={values.description} className="sm:col-span-2" />
      <TextAreaField name="usage" label="Usage" defaultValue={values.usage} className="sm:col-span-2" />
      <TextAreaField name="warnings" label="Warnings" defaultValue={values.warnings} className="sm:col-span-2" />
      <Field name="searchKeywords" label="Extra search words" defaultValue={values.searchKeywords} className="sm:col-span-2" />
    </ActionForm>
  );
}

export function ProductImageForm({ productId, action }: { productId: number; action: FormAction }) {
  return (
    <ActionForm action={action} density="compact" submitLabel="Upload image" className="space-y-2" testId="image-form">
      <Hidden name="productId" value={productId} />
      <ImageInput />
    </ActionForm>
  );
}

export function ActiveToggle({ productId, active, action }: { productId: number; active: boolean; action: FormAction }) {
  return (
    <ActionForm action={action} density="compact" submitLabel={active ? 'Deactivate (hide from shop)' : 'Activate (show in shop)'} tone={active ? 'danger' : 'primary'}>
      <Hidden name="productId" value={productId} />
      <Hidden name="active" value={active ? 'false' : 'true'} />
    </ActionForm>
  );
}

function ImageInput() {
  const wiring = useFieldWiring('image');
  return (
    <div>
      <label htmlFor={wiring.id} className={wiring.labelClass}>
        Product image (JPEG, PNG or WebP)
      </label>
      <input {...wiring.controlProps} type="file" accept="image/jpeg,image/png,image/webp" className="mt-1 block text-sm" />
      <FieldErrors id={wiring.errorId} name="image" errors={wiring.errors} />
    </div>
  );
}
