import type { ProductDetail } from '@/lib/catalog/types';

/** The leaflet: what it is, how to take it, and what to watch for. Text is shown as written. */
export function ProductFacts({ product }: { product: ProductDetail }) {
  const facts: [string, string][] = [
    ['Generic name (active ingredient)', product.genericName],
    ['Strength', product.strength || '—'],
    ['Dosage form', product.dosageForm],
    ['Pack size', product.packSize],
    ['Manufacturer', product.manufacturer],
    ['Category', product.categoryName],
    ['Prescription', product.requiresPrescription ? 'Required' : 'Not required'],
  ];
  const sections: [string, string][] = [
    ['About this medicine', product.description],
    ['How to use', product.usage],
    ['Warnings', product.warnings],
  ];
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_2fr]">
      <section aria-labelledby="facts-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="facts-heading" className="text-lg font-semibold">Product details</h2>
        <dl className="mt-2 space-y-2 text-sm">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="text-slate-600">{term}</dt>
              <dd className="font-medium text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="space-y-4">
        {sections
          .filter(([, text]) => text.trim() !== '')
          .map(([title, text]) => (
            <section key={title} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">{title}</h2>
              <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{text}</p>
            </section>
          ))}
      </div>
    </div>
  );
}
