import type { ReactNode } from 'react';
import { PHARMACY } from '@/lib/admin/pharmacy';

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

/** The frame of an invoice or packing slip: the pharmacy's details, a title and a print button. */
export function PrintSheet({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className="print-sheet mx-auto max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-8 text-sm text-black">
      <style>{PRINT_CSS}</style>
      <header className="flex items-start justify-between border-b border-slate-300 pb-3">
        <div>
          <p className="text-lg font-bold">{PHARMACY.name}</p>
          <p>{PHARMACY.address}</p>
          <p>Phone {PHARMACY.phone} · {PHARMACY.email}</p>
          <p>PAN {PHARMACY.panNumber} · {PHARMACY.ddaLicence}</p>
        </div>
        <div className="text-right">
          <h1 className="text-xl font-bold uppercase tracking-wide">{title}</h1>
          <PrintButton />
        </div>
      </header>
      {children}
    </article>
  );
}

function PrintButton() {
  // No client JavaScript on print pages: the browser's own Print does the job.
  return <p className="no-print mt-2 text-xs text-slate-500">Use your browser&rsquo;s Print (Ctrl+P).</p>;
}
