import { getMyPrescription } from '@/lib/prescriptions/shopper-queries';
import { endpoints } from '@/lib/api/contract/endpoints';
import { prescriptionDetailSchema } from '@/lib/api/contract/schemas';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(endpoints.getPrescription, async ({ caller, params }) => ok(prescriptionDetailSchema, await getMyPrescription(caller.user.id, params.id)));
export const OPTIONS = preflight;
