/** "Rx" alone means nothing to most shoppers, so the badge always says it in words. */
export function PrescriptionBadge({ requiresPrescription }: { requiresPrescription: boolean }) {
  if (!requiresPrescription) {
    return <span className="inline-flex rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900 ring-1 ring-sky-200">No prescription needed</span>;
  }
  return (
    <span className="inline-flex rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-900 ring-1 ring-rose-200">
      <abbr title="Prescription only" className="mr-1 no-underline">Rx</abbr> Prescription needed
    </span>
  );
}
