// `next/root-params` is compiled away by Next; outside Next (unit tests) there is no [locale]
// segment to read, so lib/i18n/request.ts falls back as it does for a request with none. A test
// that renders a page in a language says which, as the address would: setPageLocale('ne').
let pageLocale: string | undefined;

export async function locale(): Promise<string | undefined> {
  return pageLocale;
}

export function setPageLocale(value: string | undefined): void {
  pageLocale = value;
}
