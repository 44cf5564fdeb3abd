import { nepalDateOf } from '@/lib/nepal-time';

/** A CSV download that no cache or browser keeps, named with the Nepal date. */
export function csvResponse(csv: string, name: string, now = new Date()): Response {
  // The byte-order mark makes Excel read UTF-8 (Devanagari names) instead of guessing a code page.
  return new Response(`\uFEFF${csv}`, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="medinest-${name}-${nepalDateOf(now)}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
