import { env } from '@/lib/env';
import { endpoints } from '@/lib/api/contract/endpoints';
import { apiRoute, preflight } from '@/lib/api/handler';
import { buildOpenApiDocument } from '@/lib/api/openapi';

export const dynamic = 'force-dynamic';

let document: string | undefined;

export const GET = apiRoute(endpoints.openapi, async () => {
  document ??= JSON.stringify(buildOpenApiDocument(env.APP_URL));
  return new Response(document, { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
});
export const OPTIONS = preflight;
