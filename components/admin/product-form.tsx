'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm, CheckboxField, Field, FieldErrors, Hidden, SelectField, TextAreaField, useFieldWiring, type FormAction } from '@/components/ui/form';
import type { CategoryChoice } from '@/lib/admin/products/read';
import { localized } from '@/lib/i18n/localized';
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
  descriptionNe: string | null;
  usageNe: string | null;
  warningsNe: string | null;
  searchKeywords: string;
  reorderLevel: number;
  maxPerOrder: number;
};

const rupees = (paisa: number | null) => (paisa === null ? '' : paisaToDecimal(paisa));

/** Every product field; prices are typed in rupees and stored as paisa by the server. */
export function ProductForm({ action, values, categories, submitLabel }: { action: FormAction; values: ProductFormValues; categories: CategoryChoice[]; submitLabel: string }) {
  const t = useTranslations('manage.products.form');
  const locale = useLocale();
  return (
    <ActionForm action={action} density="compact" submitLabel={submitLabel} className="grid gap-3 sm:grid-cols-2" testId="product-form">
      {values.id ? <Hidden name="productId" value={values.id} /> : null}
      <Field name="brandName" label={t('brandName')} defaultValue={values.brandName} />
      <Field name="slug" label={t('slug')} defaultValue={values.slug} />
      <Field name="genericName" label={t('genericName')} defaultValue={values.genericName} />
      <Field name="strength" label={t('strength')} defaultValue={values.strength} />
      <Field name="dosageForm" label={t('dosageForm')} defaultValue={values.dosageForm} />
      <Field name="packSize" label={t('packSize')} defaultValue={values.packSize} />
      <Field name="manufacturer" label={t('manufacturer')} defaultValue={values.manufacturer} />
      <SelectField name="categoryId" label={t('category')} placeholder={t('choose')} options={categories.map((c) => ({ value: String(c.id), label: localized(c.name, c.nameNe, locale) }))} defaultValue={values.categoryId} />
      <Field name="pricePaisa" label={t('price')} type="number" step="0.01" defaultValue={rupees(values.pricePaisa)} />
      <Field name="mrpPaisa" label={t('mrp')} type="number" step="0.01" defaultValue={rupees(values.mrpPaisa)} />
      <Field name="reorderLevel" label={t('reorderLevel')} type="number" defaultValue={values.reorderLevel} />
      <Field name="maxPerOrder" label={t('maxPerOrder')} type="number" defaultValue={values.maxPerOrder} />
      <CheckboxField name="requiresPrescription" label={t('requiresPrescription')} defaultChecked={values.requiresPrescription} />
      <CheckboxField name="controlled" label={t('controlled')} defaultChecked={values.controlled} />
      <CheckboxField name="active" label={t('active')} defaultChecked={values.active} />
      <TextAreaField name="description" label={t('description')} defaultValue={values.description} className="sm:col-span-2" />
      <TextAreaField name="usage" label={t('usage')} defaultValue={values.usage} className="sm:col-span-2" />
      <TextAreaField name="warnings" label={t('warnings')} defaultValue={values.warnings} className="sm:col-span-2" />
      <TextAreaField name="descriptionNe" label={t('descriptionNe')} defaultValue={values.descriptionNe ?? ''} className="sm:col-span-2" />
      <TextAreaField name="usageNe" label={t('usageNe')} defaultValue={values.usageNe ?? ''} className="sm:col-span-2" />
      <TextAreaField name="warningsNe" label={t('warningsNe')} defaultValue={values.warningsNe ?? ''} className="sm:col-span-2" />
      <Field name="searchKeywords" label={t('searchKeywords')} defaultValue={values.searchKeywords} className="sm:col-span-2" />
    </ActionForm>
  );
}

export function ProductImageForm({ productId, action }: { productId: number; action: FormAction }) {
  const t = useTranslations('manage.products.form');
  return (
    <ActionForm action={action} density="compact" submitLabel={t('uploadImage')} className="space-y-2" testId="image-form">
      <Hidden name="productId" value={productId} />
      <ImageInput />
    </ActionForm>
  );
}

export function ActiveToggle({ productId, active, action }: { productId: number; active: boolean; action: FormAction }) {
  const t = useTranslations('manage.products.form');
  return (
    <ActionForm action={action} density="compact" submitLabel={active ? t('deactivate') : t('activate')} tone={active ? 'danger' : 'primary'}>
      <Hidden name="productId" value={productId} />
      <Hidden name="active" value={active ? 'false' : 'true'} />
    </ActionForm>
  );
}

function ImageInput() {
  const wiring = useFieldWiring('image');
  const t = useTranslations('manage.products.form');
  return (
    <div>
      <label htmlFor={wiring.id} className={wiring.labelClass}>
        {t('imageLabel')}
      </label>
      <input {...wiring.controlProps} type="file" accept="image/jpeg,image/png,image/webp" className="mt-1 block text-sm" />
      <FieldErrors id={wiring.errorId} name="image" errors={wiring.errors} />
    </div>
  );
}
