import { z } from 'zod';
import { resolveListing } from '@/lib/catalog/listing';
import { MAX_PAGE } from '@/lib/catalog/listing-params';
import { endpoints } from '@/lib/api/contract/endpoints';
import { productPageSchema } from '@/lib/api/contract/schemas';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ApiProblem } from '@/lib/api/problem';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

// The listing pages by number (lib/catalog/search.ts); the cursor carries the page and the query
// it belongs to, so a cursor used with other filters is refused instead of paging something else.
const cursorSchema = z.object({ p: z.number().int().min(2).max(MAX_PAGE), f: z.string() });

export const GET = apiRoute(endpoints.listProducts, async ({ query }) => {
  const { cursor, ...filters } = query;
  const fingerprint = JSON.stringify(Object.entries(filters).sort());
  const position = decodeCursor(cursorSchema, cursor);
  if (position && position.f !== fingerprint) throw new ApiProblem('invalid-request', 'This cursor belongs to another search; start again without one.', { errors: { cursor: ['Invalid cursor'] } });
  const page = position?.p ?? 1;
  const { result } = await resolveListing({ ...filters, page: String(page) }, { withResults: true });
  const nextCursor = result.page < result.pageCount && page < MAX_PAGE ? encodeCursor({ p: page + 1, f: fingerprint }) : null;
  return ok(productPageSchema, { ...result, nextCursor });
});
export const OPTIONS = preflight;
