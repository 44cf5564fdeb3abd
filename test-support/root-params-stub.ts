// `next/root-params` is compiled away by Next; outside Next (unit tests) no page has a [locale]
// segment to read, so lib/i18n/request.ts falls back as it does for a request with none.
export async function locale(): Promise<string | undefined> {
  return undefined;
}
