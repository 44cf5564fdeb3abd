import { endpoints } from '@/lib/api/contract/endpoints';
import { staffDecisionSchema } from '@/lib/api/contract/staff';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';
import { decideStaffPrescription } from '@/lib/api/staff';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(endpoints.decideStaffPrescription, async ({ caller, params, body, ip }) =>
  ok(staffDecisionSchema, await decideStaffPrescription(caller, params.id, body, ip)),
);
export const OPTIONS = preflight;
