import { scalarBundle } from '@/lib/api/docs/reference-page';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(new Uint8Array(await scalarBundle()), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });
}
