import { endpoints } from '@/lib/api/contract/endpoints';
import { staffPrescriptionSchema } from '@/lib/api/contract/staff';
import { apiRoute, preflight } from '@/lib/api/handler';
import { ok } from '@/lib/api/respond';
import { staffPrescription } from '@/lib/api/staff';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(endpoints.getStaffPrescription, async ({ params }) => ok(staffPrescriptionSchema, await staffPrescription(params.id)));
export const OPTIONS = preflight;
