import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { getSuggestions } from '@/lib/catalog/queries';
import { normalizeSearchText } from '@/lib/catalog/search-text';

export const dynamic = 'force-dynamic';

// Over-long input is cut rather than refused: the box sends whatever the shopper typed.
const querySchema = z.object({ q: z.string().max(5_000, 'q is too long').default('') });

export async function GET(request: NextRequest) {
  const parsed = querySchema.safeParse({ q: request.nextUrl.searchParams.get('q') ?? undefined });
  if (!parsed.success) {
    // The search box shows nothing for a refusal (it keeps the plain form); `code` is for any other client to word it.
    return Response.json({ error: 'Search text is too long.', code: 'too_long' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  const { normalized } = normalizeSearchText(parsed.data.q);
  const suggestions = normalized.length < 2 ? [] : await getSuggestions(normalized);
  // The contract: a bare JSON list of {name, slug, generic, strength}. Suggestions are the same for everyone; a minute in the browser saves repeat requests while typing.
  return Response.json(suggestions, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
