import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { type Column, DataTable } from '@/components/admin/data-table';
import { localized } from '@/lib/i18n/localized';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { requirePermission } from '@/lib/permissions/guard';
import { listCategoriesForAdmin } from '@/lib/admin/categories/read';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.categories.list'))('title') };
}

export default async function AdminCategoriesPage() {
  await requirePermission('products.manage');
  const [rows, t, locale] = await Promise.all([listCategoriesForAdmin(), getTranslations('manage.categories.list'), getLocale()]);
  const f = formattersFor(locale);
  const columns: Column[] = [
    t('columns.name'),
    t('columns.otherName'),
    t('columns.slug'),
    { label: t('columns.products'), alignRight: true },
    { label: t('columns.sortOrder'), alignRight: true },
    { label: <span className="sr-only">{t('columns.edit')}</span>, key: 'edit' },
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/admin/categories/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white">{t('newCategory')}</Link>
      </div>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      <DataTable columns={columns} emptyMessage={rows.length === 0 ? t('empty') : null}>
        {rows.map((c) => {
          const name = localized(c.name, c.nameNe, locale);
          // A Nepali page falls back to the English name; its lang says so. The other column is always the other language.
          const nameLang = locale === 'ne' && name === c.name ? 'en' : undefined;
          return (
            <tr key={c.id} className="border-t border-slate-100" data-testid="category-row">
              <td className="px-3 py-2 font-medium">
                <span lang={nameLang}>{name}</span>
                {c.missingNepali ? <span className="ml-2 whitespace-nowrap rounded bg-amber-50 px-1 text-xs font-normal text-amber-900" data-testid="missing-nepali">{t('missingNepali')}</span> : null}
              </td>
              <td className="px-3 py-2 text-slate-600" lang={locale === 'ne' ? 'en' : 'ne'}>{locale === 'ne' ? c.name : (c.nameNe ?? '')}</td>
              <td className="px-3 py-2 font-mono text-xs">{c.slug}</td>
              <td className="px-3 py-2 text-right">{t('productCount', { active: f.count(c.activeProducts), total: f.count(c.totalProducts) })}</td>
              <td className="px-3 py-2 text-right">{f.count(c.sortOrder)}</td>
              <td className="px-3 py-2">
                <Link href={`/admin/categories/${c.id}`} className="text-brand-700 underline">
                  {t('edit')}<span className="sr-only"> {name}</span>
                </Link>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
