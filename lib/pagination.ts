/**
 * One page of a list: the requested page is clamped to what exists (a stale or hand-edited
 * `?page=` shows the last page rather than an empty one), and there is always at least one page.
 */
export type PageWindow = { total: number; page: number; pageCount: number; limit: number; offset: number };

export function pageWindow(total: number | string, requestedPage: number, pageSize: number): PageWindow {
  const count = Number(total);
  const pageCount = Math.max(1, Math.ceil(count / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  return { total: count, page, pageCount, limit: pageSize, offset: (page - 1) * pageSize };
}
