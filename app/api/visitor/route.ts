import { visitorSummary } from '@/lib/visitor/summary';

export const dynamic = 'force-dynamic';

/** The header's per-visitor parts (components/layout/visitor-nav.tsx); private, never stored. */
export async function GET() {
  return Response.json(await visitorSummary(), { headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie' } });
}
