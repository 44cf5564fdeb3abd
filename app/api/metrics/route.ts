import { db } from '@/db/client';
import { env } from '@/lib/env';
import { refreshDatabaseGauges } from '@/lib/observability/database-gauges';
import { metrics } from '@/lib/observability/metrics';
import { hasBearerSecret } from '@/lib/security/bearer';

export const dynamic = 'force-dynamic';

/** Prometheus scrape of this instance: `Authorization: Bearer METRICS_TOKEN` or 401. */
export async function GET(request: Request) {
  if (!hasBearerSecret(request, env.METRICS_TOKEN)) {
    return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'cache-control': 'no-store', 'www-authenticate': 'Bearer' } });
  }
  await refreshDatabaseGauges(db);
  return new Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' } });
}
