import { db } from '@/db/client';
import { kv } from '@/lib/kv';
import { logger } from '@/lib/observability/logger';
import { checkHealth } from '@/lib/observability/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const report = await checkHealth({ db, kv });
  if (report.status !== 'ok') logger.warn({ health: report }, 'health check failed');
  return Response.json(report, { status: report.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
