import { referencePageHtml } from '@/lib/api/docs/reference-page';

export const dynamic = 'force-dynamic';

// proxy.ts puts this request's nonce in `x-nonce`; the page policy it sends allows only nonced scripts.
export async function GET(request: Request) {
  return new Response(referencePageHtml(request.headers.get('x-nonce') ?? ''), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
