'use client';

/** Loads the address again: the offline page stands in for whatever page failed to load. */
export function TryAgainButton() {
  return (
    <button type="button" onClick={() => window.location.reload()} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
      Try again
    </button>
  );
}
