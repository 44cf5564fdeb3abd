import { db } from '@/db/client';
import { csvResponse } from '@/lib/admin/csv-response';
import { recordAudit } from '@/lib/audit/record';
import { requestIp } from '@/lib/audit/request-ip';
import { controlledRegisterCsv, parseRegisterFilter } from '@/lib/controlled/register-list';
import { routePermission } from '@/lib/permissions/guard';

/** GET /api/admin/exports/controlled-register?from=…&to=…: the register for an inspector (pharmacists and admins); every export is audited. */
export async function GET(request: Request): Promise<Response> {
  const { user, refusal } = await routePermission('controlled-register.view', request);
  if (refusal) return refusal;
  const { page: _page, ...days } = parseRegisterFilter(Object.fromEntries(new URL(request.url).searchParams));
  const { csv, rows } = await controlledRegisterCsv(days);
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: 'export.controlled_register', entityType: 'export', ip: await requestIp(), details: { ...days, rows } });
  return csvResponse(csv, 'controlled-register');
}
