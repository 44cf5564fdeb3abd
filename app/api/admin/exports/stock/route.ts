import { db } from '@/db/client';
import { csvResponse } from '@/lib/admin/csv-response';
import { stockCsv } from '@/lib/admin/exports';
import { routePermission } from '@/lib/permissions/guard';
import { recordAudit } from '@/lib/audit/record';

/** GET /api/admin/exports/stock: every batch with quantity, expiry and cost as CSV (staff only). */
export async function GET(request: Request): Promise<Response> {
  const { user, refusal } = await routePermission('stock.export', request);
  if (refusal) return refusal;
  const csv = await stockCsv();
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: 'export.stock', entityType: 'export' });
  return csvResponse(csv, 'stock');
}
