'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ActionForm, Field, Hidden, TextAreaField, type FormAction } from '@/components/ui/form';

export type CategoryFormValues = {
  id?: number;
  slug: string;
  name: string;
  nameNe: string | null;
  description: string;
  descriptionNe: string | null;
  sortOrder: number | null;
};

/**
 * A category's names and descriptions in both languages. The web address is asked for only when
 * the category is new: links to it live on in bookmarks and search engines.
 */
export function CategoryForm({ action, values, submitLabel }: { action: FormAction; values: CategoryFormValues; submitLabel: string }) {
  const t = useTranslations('manage.categories.form');
  // Each box says which language it holds where that is not the page's, for spell-checkers and screen readers.
  const english = useLocale() === 'en' ? undefined : 'en';
  return (
    <ActionForm action={action} density="compact" submitLabel={submitLabel} className="grid gap-3 sm:grid-cols-2" testId="category-form">
      {values.id ? <Hidden name="categoryId" value={values.id} /> : null}
      <Field name="name" label={t('name')} defaultValue={values.name} lang={english} />
      <Field name="nameNe" label={t('nameNe')} hint={t('nepaliHint')} defaultValue={values.nameNe} lang="ne" />
      {values.id ? null : <Field name="slug" label={t('slug')} hint={t('slugHint')} defaultValue={values.slug} />}
      <Field name="sortOrder" label={t('sortOrder')} hint={t('sortOrderHint')} type="number" inputMode="numeric" defaultValue={values.sortOrder} />
      <TextAreaField name="description" label={t('description')} defaultValue={values.description} className="sm:col-span-2" lang={english} />
      <TextAreaField name="descriptionNe" label={t('descriptionNe')} hint={t('nepaliHint')} defaultValue={values.descriptionNe} className="sm:col-span-2" lang="ne" />
    </ActionForm>
  );
}
