import { endpoints } from '@/lib/api/contract/endpoints';
import { staffOrderSchema } from '@/lib/api/contract/staff';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';
import { performStaffOrderStep } from '@/lib/api/staff';

export const dynamic = 'force-dynamic';

// performOrderStep decides (the transition table, the prescription guard); a step not allowed now answers 409.
export const POST = apiRoute(endpoints.performStaffOrderStep, async ({ caller, params, body }) =>
  ok(staffOrderSchema, await performStaffOrderStep(caller, params.number, body as Record<string, unknown>)),
);
export const OPTIONS = preflight;
