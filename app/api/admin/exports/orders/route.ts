import { ordersCsv } from '@/lib/admin/exports';
import { csvResponse } from '@/lib/admin/csv-response';
import { routePermission } from '@/lib/permissions/guard';
import { parseOrderFilter } from '@/lib/admin/orders/filters';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/db/client';

/** GET /api/admin/exports/orders?status=…: the order list's filters as a CSV download (staff only). */
export async function GET(request: Request): Promise<Response> {
  const { user, refusal } = await routePermission('orders.export', request);
  if (refusal) return refusal;
  const { page: _page, ...filter } = parseOrderFilter(Object.fromEntries(new URL(request.url).searchParams));
  const csv = await ordersCsv(filter);
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: 'export.orders', entityType: 'export', details: { filter } });
  return csvResponse(csv, 'orders');
}
