export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-12 text-slate-600">
      <span className="h-5 w-5 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" aria-hidden="true" />
      Loading…
    </div>
  );
}
