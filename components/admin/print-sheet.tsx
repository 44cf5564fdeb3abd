import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { InvoiceSeller } from '@/db/schema/settings';
import { localized } from '@/lib/i18n/localized';

// Print only the sheet: the shop header, footer and back-office navigation stay on screen.
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 12mm; }
  body > header, body > footer, body > a[href="#main"], nav[aria-label="Back office"] { display: none !important; }
  body { background: #fff !important; }
  main { max-width: none !important; padding: 0 !important; }
  .print-sheet { border: none !important; box-shadow: none !important; padding: 0 !important; }
  .print-sheet table { page-break-inside: auto; }
  .print-sheet tr { page-break-inside: avoid; }
}`;

/**
 * The frame of an invoice or packing slip: the pharmacy's details (as the invoice was issued, or as
 * now in settings for a packing slip), a title and a print button.
 */
export function PrintSheet({ title, seller, children }: { title: string; seller: InvoiceSeller | null; children: ReactNode }) {
  const t = useTranslations('admin.print');
  const locale = useLocale();
  return (
    <article className="print-sheet mx-auto max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:p-8 text-black">
      <style>{PRINT_CSS}</style>
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-300 pb-3">
        {seller ? (
          <div data-testid="print-seller">
            <p className="text-lg font-bold">{localized(seller.pharmacyName, seller.pharmacyNameNe, locale)}</p>
            <p>{localized(seller.address, seller.addressNe, locale)}</p>
            <p>{t('phone', { phone: seller.phone, email: seller.email })}</p>
            <p>{t('pan', { pan: seller.panNumber, licence: seller.ddaLicenceNumber })}</p>
          </div>
        ) : (
          <p className="max-w-sm text-slate-600">{t('noSeller')}</p>
        )}
        <div className="sm:text-right">
          <h1 className="text-xl font-bold uppercase tracking-wide">{title}</h1>
          <PrintButton />
        </div>
      </header>
      {children}
    </article>
  );
}

function PrintButton() {
  const t = useTranslations('admin.print');
  // No client JavaScript on print pages: the browser's own Print does the job.
  return <p className="no-print mt-2 text-xs text-slate-500">{t('printHint')}</p>;
}
