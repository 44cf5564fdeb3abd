/** Plain GET form: search works without JavaScript and the URL holds the query. */
export function HeaderSearch({ defaultValue }: { defaultValue?: string }) {
  return (
    <form action="/products" method="get" role="search" className="flex">
      <label htmlFor="header-search" className="sr-only">
        Search medicines
      </label>
      <input
        id="header-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder="Search medicines, e.g. paracetamol"
        className="w-full rounded-l-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-600"
      />
      <button type="submit" className="rounded-r-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        Search
      </button>
    </form>
  );
}
